/**
 * `npm run bench` (server): one update announced to 10,000 Slack channels through the real outbox
 * worker and Slack adapter, against the Slack double enforcing 1 message/s per channel and a
 * workspace-wide limit (token bucket, BENCH_WORKSPACE_PER_SECOND, default 500). The bound is the
 * time those limits allow: (channels - burst) / workspace rate. Reports total time, its ratio to the bound,
 * duplicates, lost channels and peak memory, on SQLite and PostgreSQL.
 */
import { ingest, OutboxWorker, outboxStatus, SubscriptionStore } from '@impress-norway/announcer';
import { testItem } from '@impress-norway/announcer/testing';
import { ENGINES, freshDatabase } from '@impress-norway/db/testing';
import { slackAnnouncer } from '@impress-norway/slack-bot';
import { SlackApiDouble } from '@impress-norway/slack-bot/testing';
import startTestPostgres from '../../../testing/postgres';

const CHANNELS = Number(process.env.BENCH_CHANNELS ?? 10_000);
const RATE = Number(process.env.BENCH_WORKSPACE_PER_SECOND ?? 500);

/** Slack's limits as the double applies them: a workspace token bucket and 1 message/s per channel. */
function limiter(double: SlackApiDouble) {
  let tokens = RATE;
  let last = performance.now();
  const lastPost = new Map<string, number>();
  let refused = 0;
  double.responder = (call) => {
    if (call.path !== '/api/chat.postMessage') return undefined;
    const now = performance.now();
    tokens = Math.min(RATE, tokens + ((now - last) / 1000) * RATE);
    last = now;
    const channel = String(call.body.channel);
    const since = now - (lastPost.get(channel) ?? Number.NEGATIVE_INFINITY);
    if (tokens < 1 || since < 1000) {
      refused++;
      const wait = tokens < 1 ? (1 - tokens) / RATE : (1000 - since) / 1000;
      return {
        status: 429,
        headers: { 'retry-after': String(Math.max(1, Math.ceil(wait))) },
        body: { ok: false, error: 'ratelimited' },
      };
    }
    tokens -= 1;
    lastPost.set(channel, now);
    return undefined;
  };
  return () => refused;
}

async function run(engine: (typeof ENGINES)[number]) {
  const double = await new SlackApiDouble().start();
  double.record = false;
  const refused = limiter(double);
  const database = await freshDatabase(engine);
  const ids = Array.from({ length: CHANNELS }, (_, i) => `C${String(i).padStart(6, '0')}`);
  await new SubscriptionStore(database.db, () => 0).add('slack', 'T1', ids, ['news'], 'nb');
  await ingest(database.db, 'bench', []);
  const t0 = performance.now();
  const fan = await ingest(database.db, 'bench', [testItem('bench:1')]);
  const fanOutMs = performance.now() - t0;
  let peakRss = process.memoryUsage().rss;
  const baseRss = peakRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  const worker = new OutboxWorker(
    database,
    {
      slack: slackAnnouncer({ apiUrl: `${double.url}/api/`, tokenFor: async () => 'xoxb-bench' }),
    },
    { idleMs: 50 },
  );
  const start = performance.now();
  const running = worker.run();
  for (;;) {
    const s = await outboxStatus(database);
    if (s.pending === 0 && s.sending === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const totalMs = performance.now() - start;
  await worker.stop();
  await running;
  clearInterval(sampler);
  const counts = [...double.channels.values()].map((m) => m.length);
  // The bucket starts full, so the first RATE messages may go at once.
  const boundMs = (Math.max(0, CHANNELS - RATE) / RATE) * 1000;
  const result = {
    engine,
    channels: CHANNELS,
    deliveriesCreated: fan.deliveries,
    fanOutMs: Math.round(fanOutMs),
    totalSeconds: +(totalMs / 1000).toFixed(2),
    boundSeconds: +(boundMs / 1000).toFixed(2),
    ratio: +(totalMs / boundMs).toFixed(3),
    duplicates: counts.filter((n) => n > 1).length,
    lost: CHANNELS - counts.length,
    refused429: refused(),
    peakRssMb: Math.round(peakRss / 1e6),
    rssGrowthMb: Math.round((peakRss - baseRss) / 1e6),
  };
  await database.drop();
  await double.stop();
  return result;
}

const stopPostgres = await startTestPostgres();
const results = [];
for (const engine of ENGINES) results.push(await run(engine));
await stopPostgres();
console.table(results);
const bad = results.filter((r) => r.duplicates > 0 || r.lost > 0);
if (bad.length) {
  console.error('announcements were duplicated or lost');
  process.exitCode = 1;
}

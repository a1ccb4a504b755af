import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest, SubscriptionStore } from '@impress-norway/announcer';
import { testItem } from '@impress-norway/announcer/testing';
import { openDatabase } from '@impress-norway/db';
import { METADATA_EVENT } from '@impress-norway/slack-bot';
import { SlackApiDouble } from '@impress-norway/slack-bot/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killHard, spawnWorker, stopGently, unsettled, until } from './test-helpers';

const CHANNELS = Array.from({ length: 500 }, (_, i) => `C${String(i).padStart(4, '0')}`);
const slack = new SlackApiDouble();
const dbFile = join(mkdtempSync(join(tmpdir(), 'announce-crash-')), 'impress.db');
const posts = () => slack.calls.filter((c) => c.path === '/api/chat.postMessage').length;

const worker = () =>
  spawnWorker({ DATABASE_URL: dbFile, SLACK_BOT_TOKEN: 'xoxb-crash-test', SLACK_API_URL: `${slack.url}/api/` });

beforeAll(async () => {
  await slack.start();
  slack.latencyMs = 15;
  // Every 25th post is refused with 429 and Retry-After, as Slack does under load.
  let n = 0;
  slack.responder = (call) =>
    call.path === '/api/chat.postMessage' && ++n % 25 === 0
      ? { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } }
      : undefined;
  const database = await openDatabase(dbFile);
  await new SubscriptionStore(database.db, () => 0).add('slack', 'T1', CHANNELS, ['news'], 'en');
  await ingest(database.db, 'crash-test', []);
  const fanOut = await ingest(database.db, 'crash-test', [testItem('impress-norway:news:crash-test')]);
  expect(fanOut.deliveries).toBe(500);
  await database.close();
});

afterAll(async () => slack.stop());

describe('impress-announce run: crash in the middle of a fan-out', () => {
  it('delivers to each of 500 channels exactly once after SIGKILL and restart, through 429s', async () => {
    const first = worker();
    await until(() => posts() >= 120, 20_000, 'the first worker to start posting');
    await killHard(first);
    const beforeRestart = slack.channels.size;
    expect(beforeRestart).toBeGreaterThan(0);
    expect(beforeRestart).toBeLessThan(500);

    const second = worker();
    const errors: string[] = [];
    second.stderr?.on('data', (c: Buffer) => errors.push(String(c)));
    const database = await openDatabase(dbFile);
    try {
      await until(async () => (await unsettled(database)) === 0, 60_000, 'every delivery to be settled');
      const statuses = await database.db.selectFrom('deliveries').select(['status', 'message_id']).execute();
      expect(statuses.every((s) => s.status === 'sent' && s.message_id)).toBe(true);
    } finally {
      await database.close();
    }
    const code = await stopGently(second);
    expect(code, errors.join('')).toBe(0);

    expect(slack.channels.size).toBe(500);
    for (const channel of CHANNELS) {
      const held = slack.channels.get(channel) ?? [];
      expect(held, channel).toHaveLength(1);
      expect(held[0]?.metadata).toEqual({
        event_type: METADATA_EVENT,
        event_payload: { update_id: 'impress-norway:news:crash-test' },
      });
    }
    const refused = slack.calls.filter((c) => c.path === '/api/chat.postMessage').length - 500;
    expect(refused).toBeGreaterThan(0);
    // Deliveries whose first attempt was cut off were checked against the channel history, not re-posted.
    expect(slack.calls.some((c) => c.path === '/api/conversations.history')).toBe(true);
  }, 90_000);
});

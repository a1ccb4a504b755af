/**
 * `npm run bench` (discord-bot): interactions per second through the real discord.js client against
 * the Discord double (gateway dispatch in, REST callback out), for this bot and for a minimal
 * discord.js handler that replies "ok", in the same run, 50 interactions in flight.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@impress-norway/db';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { createDiscordBot } from '../src/bot';
import { readDiscordConfig } from '../src/env';
import { DiscordDouble, impressInteraction } from '../src/testing/discord-double';

const TOTAL = Number(process.env.BENCH_INTERACTIONS ?? 3000);
const IN_FLIGHT = 50;
const SUBS: Array<Parameters<typeof impressInteraction>[0]> = [
  { sub: 'help' },
  { sub: 'sites', option: { name: 'query', value: 'bergen' } },
  { sub: 'ask', option: { name: 'question', value: 'which hospitals in Helse Nord take part?' } },
  { sub: 'news', option: { name: 'count', value: 3 } },
  { sub: 'drugs' },
];

async function run(double: DiscordDouble): Promise<{ rps: number; p99: number }> {
  const started = new Map<string, number>();
  const latencies: number[] = [];
  let sent = 0;
  let done = 0;
  const begin = performance.now();
  await new Promise<void>((resolve) => {
    const send = () => {
      const payload = impressInteraction(SUBS[sent % SUBS.length] as Parameters<typeof impressInteraction>[0]);
      started.set(payload.token, performance.now());
      sent++;
      double.dispatch('INTERACTION_CREATE', payload);
    };
    double.onCall = (call) => {
      const token = /interactions\/\d+\/([^/]+)\/callback/.exec(call.path)?.[1];
      const t0 = token ? started.get(token) : undefined;
      if (t0 === undefined) return;
      latencies.push(performance.now() - t0);
      done++;
      if (done === TOTAL) resolve();
      else if (sent < TOTAL) send();
    };
    for (let i = 0; i < IN_FLIGHT; i++) send();
  });
  const seconds = (performance.now() - begin) / 1000;
  latencies.sort((a, b) => a - b);
  return { rps: TOTAL / seconds, p99: latencies[Math.floor(latencies.length * 0.99)] ?? Number.NaN };
}

async function minimal(): Promise<{ rps: number; p99: number }> {
  const double = await new DiscordDouble().start();
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: double.apiUrl } });
  client.on(Events.InteractionCreate, (i) => {
    if (i.isChatInputCommand()) void i.reply('ok');
  });
  const ready = new Promise((r) => client.once(Events.ClientReady, r));
  await client.login('bench-token');
  await ready;
  const result = await run(double);
  await client.destroy();
  await double.stop();
  return result;
}

async function ours(): Promise<{ rps: number; p99: number }> {
  const double = await new DiscordDouble().start();
  const database = await openDatabase(join(mkdtempSync(join(tmpdir(), 'discord-bench-')), 'impress.db'));
  const bot = createDiscordBot(
    readDiscordConfig({ DISCORD_TOKEN: 'bench-token', DISCORD_API_URL: double.apiUrl }),
    database,
  );
  await bot.start();
  const result = await run(double);
  await bot.stop();
  await database.close();
  await double.stop();
  return result;
}

const base = await minimal();
const mine = await ours();
console.log(
  `interactions through the real discord.js client and the Discord double, ${TOTAL} each, ${IN_FLIGHT} in flight`,
);
console.log('| handler | interactions/s | p99 ms |');
console.log('| --- | --- | --- |');
console.log(`| minimal discord.js handler replying "ok" | ${base.rps.toFixed(0)} | ${base.p99.toFixed(1)} |`);
console.log(`| IMPRESS bot (route, ask, embeds, language lookup) | ${mine.rps.toFixed(0)} | ${mine.p99.toFixed(1)} |`);
console.log(`ratio ours/minimal: ${(mine.rps / base.rps).toFixed(2)}x (target >= 0.8x)`);
process.exit(0);

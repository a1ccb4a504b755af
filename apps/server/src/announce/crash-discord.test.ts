import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest, SubscriptionStore } from '@impress-norway/announcer';
import { testItem } from '@impress-norway/announcer/testing';
import { openDatabase } from '@impress-norway/db';
import { DiscordDouble } from '@impress-norway/discord-bot/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killHard, spawnWorker, stopGently, unsettled, until } from './test-helpers';

const CHANNELS = Array.from({ length: 200 }, (_, i) => String(710_000_000_000_000_000n + BigInt(i)));
const discord = new DiscordDouble();
const dbFile = join(mkdtempSync(join(tmpdir(), 'announce-discord-crash-')), 'impress.db');
const posted = () => [...discord.channelMessages.values()].reduce((n, m) => n + m.length, 0);
const worker = () =>
  spawnWorker({ DATABASE_URL: dbFile, DISCORD_TOKEN: 'discord-crash-token', DISCORD_API_URL: discord.apiUrl });

beforeAll(async () => {
  await discord.start();
  discord.latencyMs = 40;
  const database = await openDatabase(dbFile);
  await new SubscriptionStore(database.db, () => 0).add('discord', '5001', CHANNELS, ['news'], 'nb');
  await ingest(database.db, 'crash-test', []);
  expect((await ingest(database.db, 'crash-test', [testItem('impress-norway:news:discord-crash')])).deliveries).toBe(
    200,
  );
  await database.close();
});

afterAll(async () => discord.stop());

describe('impress-announce run on Discord: crash in the middle of a fan-out', () => {
  it('posts to each of 200 channels exactly once after SIGKILL and restart (nonce + enforce_nonce)', async () => {
    const first = worker();
    await until(() => posted() >= 40, 20_000, 'the first worker to start posting');
    await killHard(first);
    expect(posted()).toBeLessThan(200);

    const second = worker();
    const database = await openDatabase(dbFile);
    try {
      await until(async () => (await unsettled(database)) === 0, 60_000, 'every delivery to be settled');
      const rows = await database.db.selectFrom('deliveries').select(['status', 'message_id']).execute();
      expect(rows.every((r) => r.status === 'sent' && r.message_id)).toBe(true);
    } finally {
      await database.close();
    }
    expect(await stopGently(second)).toBe(0);
    for (const channel of CHANNELS) expect(discord.channelMessages.get(channel), channel).toHaveLength(1);
    // Some sends were repeated after the crash, and Discord's nonce check answered them with the first message.
    const calls = discord.calls.filter((c) => c.method === 'POST' && /\/channels\/\d+\/messages$/.test(c.path));
    expect(calls.length).toBeGreaterThan(200);
  }, 90_000);
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryWatch, SubscriptionStore } from '@impress-norway/announcer';
import { EDITS, RegistryDouble, recordBody } from '@impress-norway/announcer/testing';
import { openDatabase } from '@impress-norway/db';
import { DiscordDouble } from '@impress-norway/discord-bot/testing';
import { METADATA_EVENT } from '@impress-norway/slack-bot';
import { SlackApiDouble } from '@impress-norway/slack-bot/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './cli';
import { killHard, spawnWorker, stopGently, unsettled, until } from './test-helpers';

const NCT = 'NCT04817956';
const ID = 'impress-norway:registry:NCT04817956:2026-11-30';
const SLACK_CHANNELS = Array.from({ length: 150 }, (_, i) => `C${String(i).padStart(4, '0')}`);
const DISCORD_CHANNELS = Array.from({ length: 100 }, (_, i) => String(720_000_000_000_000_000n + BigInt(i)));
const slack = new SlackApiDouble();
const discord = new DiscordDouble();
const registry = new RegistryDouble();
const dbFile = join(mkdtempSync(join(tmpdir(), 'announce-registry-crash-')), 'impress.db');
const slackPosts = () => slack.calls.filter((c) => c.path === '/api/chat.postMessage').length;
const discordPosts = () => [...discord.channelMessages.values()].reduce((n, m) => n + m.length, 0);

const worker = () =>
  spawnWorker({
    DATABASE_URL: dbFile,
    SLACK_BOT_TOKEN: 'xoxb-registry-crash',
    SLACK_API_URL: `${slack.url}/api/`,
    DISCORD_TOKEN: 'discord-registry-crash',
    DISCORD_API_URL: discord.apiUrl,
    IMPRESS_REGISTRY: 'on',
    IMPRESS_REGISTRY_URL: registry.url,
    IMPRESS_REGISTRY_POLL_SECONDS: '30',
  });

beforeAll(async () => {
  await Promise.all([slack.start(), discord.start(), registry.start()]);
  slack.latencyMs = 40;
  discord.latencyMs = 40;
  const database = await openDatabase(dbFile);
  const subs = new SubscriptionStore(database.db, () => 0);
  await subs.add('slack', 'T1', SLACK_CHANNELS, ['registry'], 'en');
  await subs.add('discord', '5001', DISCORD_CHANNELS, ['registry', 'news'], 'nb');
  await subs.add('slack', 'T1', ['CNEWSONLY'], ['news'], 'en');
  // The baseline, taken before the worker runs; the worker's first look then finds the change.
  registry.serve(NCT, recordBody());
  expect(await new RegistryWatch(database, [NCT], { baseUrl: registry.url }).poll(NCT)).toMatchObject({
    kind: 'baseline',
  });
  await database.close();
  registry.serve(
    NCT,
    recordBody(
      EDITS.status('ACTIVE_NOT_RECRUITING'),
      EDITS.addSite('Sørlandet Hospital', 'Kristiansand', '2026-11-30'),
    ),
  );
});

afterAll(async () => {
  await Promise.all([slack.stop(), discord.stop(), registry.stop()]);
});

describe('impress-announce run: a registry change, and a crash in the middle of its fan-out', () => {
  it('posts the change once per channel in its language on Slack and Discord after SIGKILL and restart', async () => {
    const first = worker();
    await until(() => slackPosts() + discordPosts() >= 40, 30_000, 'the first worker to start posting');
    await killHard(first);
    expect(slack.channels.size + discord.channelMessages.size).toBeLessThan(250);
    const looksBefore = registry.calls.length;

    const second = worker();
    const errors: string[] = [];
    second.stderr?.on('data', (c: Buffer) => errors.push(String(c)));
    const database = await openDatabase(dbFile);
    try {
      await until(
        async () => (await unsettled(database)) === 0 && registry.calls.length > looksBefore,
        60_000,
        'every delivery to be settled and the restarted worker to look again',
      );
      const rows = await database.db.selectFrom('deliveries').select(['status', 'update_id']).execute();
      expect(rows).toHaveLength(250);
      expect(rows.every((r) => r.status === 'sent' && r.update_id === ID)).toBe(true);
      expect(await database.db.selectFrom('announcements').select('update_id').execute()).toEqual([{ update_id: ID }]);
    } finally {
      await database.close();
    }
    expect(await stopGently(second), errors.join('')).toBe(0);

    for (const channel of SLACK_CHANNELS) {
      const held = slack.channels.get(channel) ?? [];
      expect(held, channel).toHaveLength(1);
      expect(held[0]?.metadata).toEqual({ event_type: METADATA_EVENT, event_payload: { update_id: ID } });
      expect(held[0]?.text).toContain('the recruitment status of IMPRESS-Norway changed from Recruiting to Active');
    }
    expect(slack.channels.has('CNEWSONLY')).toBe(false);
    for (const channel of DISCORD_CHANNELS) {
      const held = discord.channelMessages.get(channel) ?? [];
      expect(held, channel).toHaveLength(1);
      expect(JSON.stringify(held[0]?.body)).toContain('rekrutteringsstatusen til IMPRESS-Norway endret seg');
    }

    // The kill cut sends off mid-flight: the restarted worker checked Slack's history or repeated a
    // Discord send under its nonce, instead of posting again.
    const discordSends = discord.calls.filter((c) => c.method === 'POST' && /\/channels\/\d+\/messages$/.test(c.path));
    expect(slack.calls.some((c) => c.path === '/api/conversations.history') || discordSends.length > 100).toBe(true);

    const out: string[] = [];
    const code = await main(
      ['registry', 'status', '--json'],
      { DATABASE_URL: dbFile },
      { write: (t) => out.push(t) },
      {
        write: () => undefined,
      },
    );
    expect(code).toBe(0);
    const [status] = JSON.parse(out.join('')) as Array<Record<string, unknown>>;
    expect(status).toMatchObject({ nctId: NCT, recordUpdated: '2026-11-30', lastChange: { id: ID }, lastError: null });
  }, 120_000);
});

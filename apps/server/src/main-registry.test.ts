import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryWatch, SubscriptionStore } from '@impress-norway/announcer';
import { EDITS, RegistryDouble, recordBody } from '@impress-norway/announcer/testing';
import { openDatabase } from '@impress-norway/db';
import { DiscordDouble } from '@impress-norway/discord-bot/testing';
import { SlackApiDouble } from '@impress-norway/slack-bot/testing';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start } from './test-start';

const NCT = 'NCT04817956';
const ID = 'impress-norway:registry:NCT04817956:2026-12-03';
const slack = new SlackApiDouble();
const discord = new DiscordDouble();
const registry = new RegistryDouble();
const dir = mkdtempSync(join(tmpdir(), 'server-registry-'));
const dbFile = join(dir, 'impress.db');

beforeAll(async () => {
  await Promise.all([slack.start(), discord.start(), registry.start()]);
  const database = await openDatabase(dbFile);
  const subs = new SubscriptionStore(database.db, () => 0);
  await subs.add('slack', 'T1', ['CREG'], ['registry'], 'en');
  await subs.add('discord', '5001', ['730000000000000001'], ['registry'], 'nb');
  registry.serve(NCT, recordBody());
  await new RegistryWatch(database, [NCT], { baseUrl: registry.url }).poll(NCT);
  await database.close();
});
afterAll(async () => {
  await Promise.all([slack.stop(), discord.stop(), registry.stop()]);
});

describe('npm start with the registry watch pointed at a local double', () => {
  it('announces a drug added to Slack and Discord once, and its feeds carry it under registry', async () => {
    // First the registry fails: nothing may be announced, and the failure is logged.
    registry.answer(NCT, { status: 500, body: 'oops' });
    const { proc, port, logs } = await start({
      DATABASE_URL: dbFile,
      SLACK_BOT_TOKEN: 'xoxb-registry-e2e',
      SLACK_SIGNING_SECRET: 'registry-e2e-secret',
      SLACK_API_URL: `${slack.url}/api/`,
      SLACK_PORT: '0',
      DISCORD_TOKEN: 'discord-registry-e2e',
      DISCORD_API_URL: discord.apiUrl,
      IMPRESS_REGISTRY: 'on',
      IMPRESS_REGISTRY_URL: registry.url,
      IMPRESS_REGISTRY_POLL_SECONDS: '30',
      LOG_LEVEL: 'info',
    });
    expect(port).toBeGreaterThan(0);
    try {
      await expect.poll(() => logs.join('').includes('registry record unknown'), { timeout: 10_000 }).toBe(true);
      expect(logs.join('')).toContain('"reason":"HTTP 500"');
      expect(slack.channels.size + discord.channelMessages.size).toBe(0);
      // The watch backs off at least 30 s after a failure; a restart is how an operator would look again sooner.
      await new Promise<void>((resolve) => {
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      });
      registry.serve(NCT, recordBody(EDITS.addDrug('Vemurafenib')));
      const again = await start({
        DATABASE_URL: dbFile,
        SLACK_BOT_TOKEN: 'xoxb-registry-e2e',
        SLACK_SIGNING_SECRET: 'registry-e2e-secret',
        SLACK_API_URL: `${slack.url}/api/`,
        SLACK_PORT: '0',
        DISCORD_TOKEN: 'discord-registry-e2e',
        DISCORD_API_URL: discord.apiUrl,
        IMPRESS_REGISTRY: 'on',
        IMPRESS_REGISTRY_URL: registry.url,
        IMPRESS_REGISTRY_POLL_SECONDS: '30',
      });
      const url = `http://127.0.0.1:${again.port}`;
      try {
        await expect
          .poll(
            () =>
              (slack.channels.get('CREG')?.length ?? 0) +
              (discord.channelMessages.get('730000000000000001')?.length ?? 0),
            {
              timeout: 15_000,
            },
          )
          .toBe(2);
        expect(slack.channels.get('CREG')?.[0]?.text).toContain('a drug was added to IMPRESS-Norway: Vemurafenib');
        const discordBody = JSON.stringify(discord.channelMessages.get('730000000000000001')?.[0]?.body);
        expect(discordBody).toContain('et legemiddel ble lagt til i IMPRESS-Norway: Vemurafenib');
        await expect.poll(async () => (await fetch(`${url}/feed.registry.json`)).status, { timeout: 10_000 }).toBe(200);
        await expect
          .poll(
            async () =>
              ((await (await fetch(`${url}/feed.registry.json`)).json()) as { items: unknown[] }).items.length,
          )
          .toBe(1);
        const json = (await (await fetch(`${url}/feed.registry.nb.json`)).json()) as {
          items: Array<{ id: string; title: string }>;
        };
        expect(json.items[0]).toMatchObject({ id: ID, title: expect.stringContaining('Vemurafenib') });
        const rss = await new Parser().parseString(await (await fetch(`${url}/rss.registry.xml`)).text());
        expect(rss.items.map((i) => i.guid)).toEqual([ID]);
        const all = await new Parser().parseString(await (await fetch(`${url}/rss.xml`)).text());
        expect(all.items.map((i) => i.guid)).toContain(ID);
        // Still exactly one message each after more looks.
        expect(slack.channels.get('CREG')).toHaveLength(1);
        expect(discord.channelMessages.get('730000000000000001')).toHaveLength(1);
      } finally {
        await new Promise<void>((resolve) => {
          again.proc.once('exit', () => resolve());
          again.proc.kill('SIGTERM');
        });
      }
    } finally {
      if (proc.exitCode === null) proc.kill('SIGKILL');
    }
  }, 60_000);
});

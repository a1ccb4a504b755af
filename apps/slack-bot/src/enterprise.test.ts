import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest, OutboxWorker, SubscriptionStore } from '@impress-norway/announcer';
import { testItem } from '@impress-norway/announcer/testing';
import { type Database, InstallationRecords, openDatabase, SecretBox } from '@impress-norway/db';
import type { Installation } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackAnnouncer, slackTokenSource } from './announce';
import { createSlackApp, type SlackApp } from './app';
import { readSlackConfig } from './env';
import { databaseInstallationStore } from './installation-store';
import { SlackApiDouble, slackSignature, slashCommand } from './testing/slack-api-double';

const SECRET = 'grid-signing-secret';
const KEY = randomBytes(32).toString('base64');
const api = new SlackApiDouble();
let database: Database;
let slack: SlackApp;
let base = '';

/** An org-wide install of enterprise E1, stored the way Bolt's OAuth flow stores it. */
const orgInstall = {
  enterprise: { id: 'E1', name: 'Helse Grid' },
  team: undefined,
  isEnterpriseInstall: true,
  bot: { token: 'xoxb-org-E1', id: 'BORG', userId: 'UORG', scopes: ['commands'] },
  appId: 'A1',
  tokenType: 'bot',
  user: { id: 'U1', token: undefined, scopes: undefined },
} as unknown as Installation;

beforeAll(async () => {
  await api.start();
  database = await openDatabase(join(mkdtempSync(join(tmpdir(), 'slack-grid-')), 'impress.db'));
  await databaseInstallationStore(new InstallationRecords(database.db, new SecretBox(KEY))).storeInstallation(
    orgInstall,
  );
  const config = readSlackConfig({
    SLACK_CLIENT_ID: '111.222',
    SLACK_CLIENT_SECRET: 'client-secret',
    SLACK_STATE_SECRET: 'state-secret',
    SLACK_SIGNING_SECRET: SECRET,
    IMPRESS_ENCRYPTION_KEY: KEY,
    SLACK_API_URL: `${api.url}/api/`,
    SLACK_PORT: '0',
    LOG_LEVEL: 'error',
  });
  slack = createSlackApp(config, database);
  base = `http://127.0.0.1:${(await slack.start()).port}`;
});

afterAll(async () => {
  await slack?.stop();
  await database?.close();
  await api.stop();
});

/** `/impress <text>` from workspace T7 of the Grid org E1, which reaches the app through the org-wide install. */
async function gridCommand(text: string, channel: string): Promise<number> {
  const fields = new URLSearchParams(slashCommand({ text, team: 'T7', channel, responseUrl: `${api.url}/response/g` }));
  fields.set('enterprise_id', 'E1');
  fields.set('enterprise_name', 'Helse Grid');
  fields.set('is_enterprise_install', 'true');
  const body = fields.toString();
  const res = await fetch(`${base}/slack/events`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackSignature(SECRET, body) },
  });
  await res.text();
  return res.status;
}

describe('Slack Enterprise Grid org-wide installs', () => {
  it('subscribe through the org install, and announcements go out with the org token, not SLACK_BOT_TOKEN', async () => {
    expect(await gridCommand('subscribe news en', 'CGRID')).toBe(200);
    const store = new SubscriptionStore(database.db);
    expect(await store.list({ platform: 'slack', teamId: 'T7' })).toMatchObject([
      { channelId: 'CGRID', enterpriseId: 'E1', active: true },
    ]);
    // The command itself was answered with the org token, found as Bolt finds it.
    expect(api.calls.find((c) => c.path === '/api/conversations.info')?.authorization).toBe('Bearer xoxb-org-E1');

    await ingest(database.db, 'grid', []);
    await ingest(database.db, 'grid', [testItem('grid:1')]);
    const adapter = slackAnnouncer({
      apiUrl: `${api.url}/api/`,
      // Another workspace's token is set as well: it must not be used for the Grid workspace.
      tokenFor: slackTokenSource(database, { encryptionKey: KEY, botToken: 'xoxb-some-other-workspace' }),
    });
    expect(await new OutboxWorker(database, { slack: adapter }).runOnce()).toBe(1);
    const post = api.calls.find((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'CGRID');
    expect(post?.authorization).toBe('Bearer xoxb-org-E1');
  });

  it('report a subscription whose org has no stored token and keep it active, never pausing it', async () => {
    const store = new SubscriptionStore(database.db);
    await store.add('slack', 'T8', ['CLOST'], ['news'], 'en', { enterpriseId: 'E404' });
    await ingest(database.db, 'grid', [testItem('grid:2')]);
    const adapter = slackAnnouncer({
      apiUrl: `${api.url}/api/`,
      tokenFor: slackTokenSource(database, { encryptionKey: KEY }),
    });
    await new OutboxWorker(database, { slack: adapter }).runOnce();
    const row = await database.db
      .selectFrom('deliveries')
      .select(['status', 'last_error'])
      .where('subscription_id', '=', 'slack:T8:CLOST')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('pending');
    expect(row.last_error).toBe('no Slack token for workspace T8 (enterprise E404)');
    expect(await store.list({ teamId: 'T8' })).toMatchObject([{ active: true }]);
    expect(api.calls.some((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'CLOST')).toBe(false);
  });
});

import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from '@impress-norway/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApp, type SlackApp } from './app';
import { readSlackConfig } from './env';
import { SlackApiDouble, slackSignature } from './testing/slack-api-double';

const SECRET = 'oauth-signing-secret';
const api = new SlackApiDouble();
let database: Database;
let slack: SlackApp;
let base = '';

beforeAll(async () => {
  await api.start();
  database = await openDatabase(join(mkdtempSync(join(tmpdir(), 'slack-oauth-')), 'impress.db'));
  const config = readSlackConfig({
    SLACK_CLIENT_ID: '111.222',
    SLACK_CLIENT_SECRET: 'client-secret',
    SLACK_STATE_SECRET: 'state-secret',
    SLACK_SIGNING_SECRET: SECRET,
    IMPRESS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
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

async function install(code: string): Promise<Response> {
  const start = await fetch(`${base}/slack/install`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const location = new URL(start.headers.get('location') ?? '');
  expect(location.searchParams.get('client_id')).toBe('111.222');
  expect(location.searchParams.get('scope')).toContain('commands');
  const state = location.searchParams.get('state') ?? '';
  const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return fetch(`${base}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, { headers: { cookie } });
}

function homeOpened(team: string): Promise<Response> {
  const body = JSON.stringify({
    token: 'legacy',
    team_id: team,
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: `Ev-${team}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: team, user_id: 'UB2', is_bot: true, is_enterprise_install: false }],
    event: { type: 'app_home_opened', user: 'U2', channel: 'D2', tab: 'home', event_ts: '1.1' },
  });
  return fetch(`${base}/slack/events`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...slackSignature(SECRET, body) },
  });
}

describe('OAuth install for many workspaces', () => {
  it('installs a workspace end to end and stores its token encrypted', async () => {
    const done = await install('T2CODE');
    expect(done.status).toBe(200);
    const exchange = await api.next((c) => c.path === '/api/oauth.v2.access');
    expect(exchange.body.code).toBe('T2CODE');
    const row = await database.db.selectFrom('slack_installations').selectAll().executeTakeFirstOrThrow();
    expect(row.id).toBe('TT2');
    expect(row.data).not.toContain('xoxb');
  });

  it('answers the installed workspace with its own token', async () => {
    expect((await homeOpened('T2')).status).toBe(200);
    const publish = await api.next((c) => c.path === '/api/views.publish');
    expect(publish.authorization).toBe('Bearer xoxb-T2CODE-token');
  });

  it('refuses a workspace that never installed the app, and a forged install callback', async () => {
    const before = api.calls.filter((c) => c.path === '/api/views.publish').length;
    await homeOpened('T404');
    await new Promise((r) => setTimeout(r, 300));
    expect(api.calls.filter((c) => c.path === '/api/views.publish')).toHaveLength(before);
    const forged = await fetch(`${base}/slack/oauth_redirect?code=EVIL&state=made-up`);
    expect(forged.status).toBeGreaterThanOrEqual(400);
    expect(api.calls.some((c) => c.path === '/api/oauth.v2.access' && c.body.code === 'EVIL')).toBe(false);
  });
});

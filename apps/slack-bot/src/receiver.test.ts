import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, InstallationRecords, openDatabase, SecretBox } from '@impress-norway/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedWhenTrickling } from '../../../testing/sockets';
import { createSlackApp, type SlackApp } from './app';
import type { CommandEvent } from './deps';
import { readSlackConfig } from './env';
import { SlackApiDouble, slackSignature, slashCommand } from './testing/slack-api-double';

const SECRET = 'guard-signing-secret';
const KEY = randomBytes(32).toString('base64');
const api = new SlackApiDouble();
const events: CommandEvent[] = [];
let database: Database;
let single: SlackApp;
let oauth: SlackApp;
let singleUrl = '';
let oauthUrl = '';
let n = 0;

const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  await api.start();
  database = await openDatabase(join(mkdtempSync(join(tmpdir(), 'slack-guard-')), 'impress.db'));
  const common = {
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: `${api.url}/api/`,
    SLACK_PORT: '0',
    LOG_LEVEL: 'error',
  };
  // Answers go through response_url, so a command still being answered is in flight for a moment.
  single = createSlackApp(readSlackConfig({ ...common, SLACK_BOT_TOKEN: 'xoxb-test' }), database, {
    ackBudgetMs: 0,
    observe: (e) => events.push(e),
  });
  singleUrl = `http://127.0.0.1:${(await single.start()).port}`;
  const oauthConfig = readSlackConfig({
    ...common,
    SLACK_CLIENT_ID: '111.222',
    SLACK_CLIENT_SECRET: 'client-secret',
    SLACK_STATE_SECRET: 'state-secret',
    IMPRESS_ENCRYPTION_KEY: KEY,
  });
  oauth = createSlackApp(oauthConfig, database);
  oauthUrl = `http://127.0.0.1:${(await oauth.start()).port}`;
});

afterAll(async () => {
  await single?.stop();
  await oauth?.stop();
  await database?.close();
  await api.stop();
});

/** POSTs a body to /slack/events with the given headers; returns the status and the raw answer. */
async function post(to: string, body: string, type: string, headers: Record<string, string>) {
  const res = await fetch(`${to}/slack/events`, {
    method: 'POST',
    body,
    headers: { 'content-type': type, ...headers },
  });
  return { status: res.status, text: await res.text() };
}

const FORM = 'application/x-www-form-urlencoded';

function commandBody(text: string) {
  const path = `/response/guard-${++n}`;
  return { path, body: slashCommand({ text, responseUrl: `${api.url}${path}` }) };
}

const answered = (path: string) => api.calls.filter((c) => c.path === path).length;
const settle = () => new Promise((r) => setTimeout(r, 400));

describe('the Slack HTTP receiver, one workspace (real receiver, signed requests)', () => {
  it('refuses a request signed more than 5 minutes in the future, and takes one within the window', async () => {
    const before = events.length;
    const late = commandBody('about');
    const refused = await post(singleUrl, late.body, FORM, slackSignature(SECRET, late.body, now() + 6 * 60));
    expect(refused.status).toBe(401);
    const soon = commandBody('about');
    const taken = await post(singleUrl, soon.body, FORM, slackSignature(SECRET, soon.body, now() + 4 * 60));
    expect(taken.status).toBe(200);
    await api.next((c) => c.path === soon.path);
    await settle();
    expect(answered(late.path)).toBe(0);
    expect(events.length - before).toBe(1);
  });

  it('acknowledges an exact replay of a signed command without running it again', async () => {
    const before = events.length;
    const { path, body } = commandBody('sites bergen');
    const headers = slackSignature(SECRET, body);
    expect((await post(singleUrl, body, FORM, headers)).status).toBe(200);
    const replay = await post(singleUrl, body, FORM, headers);
    expect(replay).toEqual({ status: 200, text: '' });
    await api.next((c) => c.path === path);
    await settle();
    expect(answered(path)).toBe(1);
    expect(events.length - before).toBe(1);
  });

  it("acknowledges Slack's retry (X-Slack-Retry-Num) of a command still being answered, and runs it once", async () => {
    const before = events.length;
    const { path, body } = commandBody('hvilke sykehus i helse nord deltar');
    // The retry is signed anew (another timestamp), as Slack signs every delivery.
    const retry = {
      ...slackSignature(SECRET, body, now() - 1),
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    };
    const [first, second] = await Promise.all([
      post(singleUrl, body, FORM, slackSignature(SECRET, body)),
      post(singleUrl, body, FORM, retry),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    await api.next((c) => c.path === path);
    await settle();
    expect(answered(path)).toBe(1);
    expect(events.length - before).toBe(1);
  });

  it('still answers forged and stale requests with 401, and lets a distinct command run', async () => {
    const { path, body } = commandBody('help');
    const forged = await post(singleUrl, body, FORM, slackSignature('not-the-secret', body));
    const stale = await post(singleUrl, body, FORM, slackSignature(SECRET, body, now() - 6 * 60));
    expect([forged.status, stale.status]).toEqual([401, 401]);
    // A forged copy took no key: the real request still runs.
    expect((await post(singleUrl, body, FORM, slackSignature(SECRET, body))).status).toBe(200);
    await api.next((c) => c.path === path);
  });
});

/** An app_home_opened event of `team`, as JSON. */
function homeOpened(team: string, eventId: string): string {
  return JSON.stringify({
    token: 'legacy',
    team_id: team,
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: now(),
    authorizations: [{ team_id: team, user_id: 'UB5', is_bot: true, is_enterprise_install: false }],
    event: { type: 'app_home_opened', user: 'U5', channel: 'D5', tab: 'home', event_ts: '1.1' },
  });
}

const publishes = (token: string) =>
  api.calls.filter((c) => c.path === '/api/views.publish' && c.authorization === `Bearer ${token}`).length;

describe('the Slack HTTP receiver with OAuth (real receiver, signed requests)', () => {
  it('runs an event once when Slack sends it again and retries it, and refuses future timestamps', async () => {
    await new InstallationRecords(database.db, new SecretBox(KEY)).save(
      { teamId: 'T5', isEnterpriseInstall: false },
      { team: { id: 'T5' }, bot: { token: 'xoxb-t5', id: 'B5', userId: 'UB5' }, isEnterpriseInstall: false },
    );
    const body = homeOpened('T5', 'Ev-guard-1');
    const JSON_TYPE = 'application/json';
    const headers = slackSignature(SECRET, body);
    expect((await post(oauthUrl, body, JSON_TYPE, headers)).status).toBe(200);
    expect((await post(oauthUrl, body, JSON_TYPE, headers)).status).toBe(200);
    const retry = { ...slackSignature(SECRET, body, now() + 1), 'x-slack-retry-num': '1' };
    expect((await post(oauthUrl, body, JSON_TYPE, retry)).status).toBe(200);
    const future = homeOpened('T5', 'Ev-guard-2');
    expect((await post(oauthUrl, future, JSON_TYPE, slackSignature(SECRET, future, now() + 600))).status).toBe(401);
    await settle();
    expect(publishes('xoxb-t5')).toBe(1);
  });

  it("runs Slack's retry of an event whose first delivery failed (the workspace was not yet installed)", async () => {
    const body = homeOpened('T6', 'Ev-guard-3');
    const first = await post(oauthUrl, body, 'application/json', slackSignature(SECRET, body));
    expect(first.status).toBeGreaterThanOrEqual(400);
    await new InstallationRecords(database.db, new SecretBox(KEY)).save(
      { teamId: 'T6', isEnterpriseInstall: false },
      { team: { id: 'T6' }, bot: { token: 'xoxb-t6', id: 'B6', userId: 'UB6' }, isEnterpriseInstall: false },
    );
    const retry = { ...slackSignature(SECRET, body, now() + 1), 'x-slack-retry-num': '1' };
    expect((await post(oauthUrl, body, 'application/json', retry)).status).toBe(200);
    await settle();
    expect(publishes('xoxb-t6')).toBe(1);
  });
});

describe('the Slack HTTP receiver connections', () => {
  it('closes a connection whose headers never finish after the headers timeout', async () => {
    const slow = createSlackApp(
      readSlackConfig({
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_PORT: '0',
        LOG_LEVEL: 'error',
      }),
      database,
      { httpTimeouts: { headersMs: 300, requestMs: 300 } },
    );
    const { port } = await slow.start();
    try {
      expect(await closedWhenTrickling(Number(port))).toBe(true);
    } finally {
      await slow.stop();
    }
  });
});

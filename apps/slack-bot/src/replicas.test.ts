import { randomBytes } from 'node:crypto';
import { type Database, openDatabase } from '@impress-norway/db';
import { ENGINES, freshDatabase, pgTestUrl, type TestDatabase } from '@impress-norway/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TcpProxy, throughProxy } from '../../../testing/tcp-proxy';
import { createSlackApp, type SlackApp } from './app';
import type { CommandEvent } from './deps';
import { readSlackConfig } from './env';
import { SlackApiDouble, slackSignature, slashCommand } from './testing/slack-api-double';

const SECRET = 'replica-signing-secret';
const FORM = 'application/x-www-form-urlencoded';
const api = new SlackApiDouble();
const events: CommandEvent[] = [];
let n = 0;

beforeAll(() => api.start());
afterAll(() => api.stop());

/** One replica of the one-workspace HTTP app on `database`; resolves with it and its URL. */
async function replica(database: Database): Promise<{ slack: SlackApp; url: string }> {
  const config = readSlackConfig({
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: `${api.url}/api/`,
    SLACK_PORT: '0',
    LOG_LEVEL: 'error',
  });
  // Answers go through response_url, so a command being answered is in flight for a moment.
  const slack = createSlackApp(config, database, { ackBudgetMs: 0, observe: (e) => events.push(e) });
  return { slack, url: `http://127.0.0.1:${(await slack.start()).port}` };
}

async function post(to: string, body: string, headers: Record<string, string>) {
  const res = await fetch(`${to}/slack/events`, {
    method: 'POST',
    body,
    headers: { 'content-type': FORM, ...headers },
  });
  return { status: res.status, text: await res.text() };
}

function command(text: string) {
  const path = `/response/replica-${++n}-${randomBytes(3).toString('hex')}`;
  return { path, body: slashCommand({ text, responseUrl: `${api.url}${path}` }) };
}

const answered = (path: string) => api.calls.filter((c) => c.path === path).length;
const settle = () => new Promise((r) => setTimeout(r, 400));
const retryOf = (body: string, num: string) => ({
  ...slackSignature(SECRET, body, Math.floor(Date.now() / 1000) - 1),
  'x-slack-retry-num': num,
  'x-slack-retry-reason': 'http_timeout',
});

describe.each(ENGINES)('two Slack replicas sharing one %s database (real receivers, signed requests)', (engine) => {
  let database: TestDatabase;
  let second: Database;
  let a: { slack: SlackApp; url: string };
  let b: { slack: SlackApp; url: string };
  beforeAll(async () => {
    database = await freshDatabase(engine);
    // Each replica has its own connection, as two processes would.
    second = await database.reopen();
    a = await replica(database);
    b = await replica(second);
  });
  afterAll(async () => {
    await a?.slack.stop();
    await b?.slack.stop();
    await second?.close();
    await database?.drop();
  });

  it('acknowledges a signed command replayed to the other replica, and runs it once', async () => {
    const before = events.length;
    const { path, body } = command('sites bergen');
    const headers = slackSignature(SECRET, body);
    expect((await post(a.url, body, headers)).status).toBe(200);
    expect(await post(b.url, body, headers)).toEqual({ status: 200, text: '' });
    await api.next((c) => c.path === path);
    await settle();
    expect(answered(path)).toBe(1);
    expect(events.length - before).toBe(1);
  });

  it("acknowledges Slack's retry landing on the other replica while the first still answers", async () => {
    const before = events.length;
    const { path, body } = command('about');
    const [first, retry] = await Promise.all([
      post(a.url, body, slackSignature(SECRET, body)),
      post(b.url, body, retryOf(body, '1')),
    ]);
    expect([first.status, retry.status]).toEqual([200, 200]);
    await api.next((c) => c.path === path);
    await settle();
    expect(answered(path)).toBe(1);
    expect(events.length - before).toBe(1);
  });

  it('runs one of the same command sent to both replicas at once, never two', async () => {
    const before = events.length;
    const { path, body } = command('help');
    const headers = slackSignature(SECRET, body);
    const replies = await Promise.all([a, b, a, b].map((r) => post(r.url, body, headers)));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    await api.next((c) => c.path === path);
    await settle();
    expect(answered(path)).toBe(1);
    expect(events.length - before).toBe(1);
  });
});

describe('a Slack replica whose PostgreSQL database goes down (real receiver, signed requests)', () => {
  const target = new URL(pgTestUrl());
  const proxy = new TcpProxy(target.hostname, Number(target.port));
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const logged: string[] = [];
  let database: Database;
  let r: { slack: SlackApp; url: string };
  beforeAll(async () => {
    await proxy.up();
    database = await openDatabase(throughProxy(pgTestUrl(), proxy), { schema, onConnectionError: () => {} });
    r = await replica(database);
    const logger = r.slack.app.logger;
    logger.error = (...message: unknown[]) => {
      logged.push(message.map(String).join(' '));
    };
  });
  afterAll(async () => {
    await r?.slack.stop();
    await proxy.up();
    await database?.close();
    await proxy.down();
    const cleanup = await openDatabase(pgTestUrl(), { schema, migrate: false });
    await cleanup.close();
  });

  it("answers 503 without running the command, says why, and runs Slack's retry once the database is back", async () => {
    const before = events.length;
    const { path, body } = command('cohorts');
    await proxy.down();
    const refused = await post(r.url, body, slackSignature(SECRET, body));
    expect(refused.status).toBe(503);
    await settle();
    expect(answered(path)).toBe(0);
    expect(events.length - before).toBe(0);
    expect(logged.join('\n')).toMatch(/replay store unavailable.*503.*Slack retries/i);
    await proxy.up();
    expect((await post(r.url, body, retryOf(body, '1'))).status).toBe(200);
    await api.next((c) => c.path === path);
    // A second retry after the run is acknowledged, not run again.
    expect((await post(r.url, body, retryOf(body, '2'))).status).toBe(200);
    await settle();
    expect(answered(path)).toBe(1);
    expect(events.length - before).toBe(1);
  });

  it("answers 503 within Slack's 3 s when the database stalls, and gives back keys the late claim took", async () => {
    const before = events.length;
    const { path, body } = command('drugs');
    proxy.stall();
    const started = Date.now();
    const refused = await post(r.url, body, slackSignature(SECRET, body));
    expect(refused.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(logged.join('\n')).toMatch(/did not answer within 2000 ms.*503/);
    // The held claim now reaches the database and commits; the guard gives its keys back.
    proxy.resume();
    await settle();
    expect(answered(path)).toBe(0);
    expect((await post(r.url, body, retryOf(body, '1'))).status).toBe(200);
    await api.next((c) => c.path === path);
    await settle();
    expect(answered(path)).toBe(1);
    expect(events.length - before).toBe(1);
  });
});

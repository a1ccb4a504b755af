import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SubscriptionStore } from '@impress-norway/announcer';
import { RateLimiter } from '@impress-norway/chat';
import { type Database, openDatabase } from '@impress-norway/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedWhenSilent } from '../../../testing/sockets';
import { createSlackApp, type SlackApp } from './app';
import { readSlackConfig } from './env';
import { type Recorded, SlackApiDouble, slackSignature, slashCommand } from './testing/slack-api-double';

const SECRET = 'test-signing-secret';
const api = new SlackApiDouble();
let database: Database;
let slack: SlackApp;
let base = '';
let n = 0;

/** A single-workspace HTTP app on a free port, talking to the Web API double. */
const env = () => ({
  SLACK_BOT_TOKEN: 'xoxb-test',
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_API_URL: `${api.url}/api/`,
  SLACK_PORT: '0',
  LOG_LEVEL: 'error',
});
const config = () => readSlackConfig(env());

beforeAll(async () => {
  await api.start();
  database = await openDatabase(join(mkdtempSync(join(tmpdir(), 'slack-')), 'impress.db'));
  slack = createSlackApp(config(), database);
  const { port } = await slack.start();
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await slack?.stop();
  await database?.close();
  await api.stop();
});

/** Sends a slash command signed like Slack does; returns the HTTP status, the ack body and the response_url path. */
async function command(
  text: string,
  opts: { channel?: string; user?: string; sign?: (body: string) => Record<string, string>; to?: string } = {},
) {
  const path = `/response/${++n}`;
  const body = slashCommand({
    text,
    responseUrl: `${api.url}${path}`,
    ...(opts.channel ? { channel: opts.channel } : {}),
    ...(opts.user ? { user: opts.user } : {}),
  });
  const headers = opts.sign ? opts.sign(body) : slackSignature(SECRET, body);
  const res = await fetch(`${opts.to ?? base}/slack/events`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
  const raw = await res.text();
  const ack = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
  return { status: res.status, path, ack };
}

/** The reply to a command: in the ack when it was fast enough, else the response_url post. */
async function replyTo(sent: Awaited<ReturnType<typeof command>>): Promise<Recorded> {
  if (sent.ack && Object.keys(sent.ack).length > 0) return { method: 'ACK', path: sent.path, body: sent.ack };
  return api.next((c) => c.path === sent.path);
}

const blocksText = (call: Recorded) => JSON.stringify(call.body.blocks);

describe('Slack app over HTTP (real receiver, signed requests)', () => {
  it('acks a signed /impress and answers ephemerally in the ack, with blocks, sources and a share button', async () => {
    const sent = await command('sites bergen');
    expect(sent.status).toBe(200);
    const reply = await replyTo(sent);
    expect(reply.method).toBe('ACK');
    expect(reply.body.response_type).toBe('ephemeral');
    expect(reply.body.text).toContain('Haukeland');
    expect(blocksText(reply)).toContain('"type":"header"');
    expect(blocksText(reply)).toContain('Kilder');
    expect(blocksText(reply)).toContain('impress_share');
  });

  it('rejects forged, unsigned and stale requests with 401, and runs no handler', async () => {
    const forged = await command('help', {
      sign: () => ({
        'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)),
        'x-slack-signature': 'v0=deadbeef',
      }),
    });
    const unsigned = await command('help', { sign: () => ({}) });
    const stale = await command('help', {
      sign: (body) => slackSignature(SECRET, body, Math.floor(Date.now() / 1000) - 6 * 60),
    });
    const wrongKey = await command('help', { sign: (body) => slackSignature('not-the-secret', body) });
    expect([forged.status, unsigned.status, stale.status, wrongKey.status]).toEqual([401, 401, 401, 401]);
    await new Promise((r) => setTimeout(r, 300));
    for (const { path } of [forged, unsigned, stale, wrongKey])
      expect(api.calls.some((c) => c.path === path)).toBe(false);
  });

  it('escapes untrusted text: a question with <!channel> and <@U123> pings nobody', async () => {
    const reply = await replyTo(await command('ask <!channel> <@U123> & what is the NCT number?'));
    const json = JSON.stringify(reply.body);
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<@U123>');
    expect(json).toContain('NCT04817956');
  });

  it('stores the language per channel and answers in it afterwards', async () => {
    await replyTo(await command('language en', { channel: 'C9' }));
    const english = await replyTo(await command('help', { channel: 'C9' }));
    expect(english.body.text).toContain('how to use /impress');
    const otherChannel = await replyTo(await command('help', { channel: 'C8' }));
    expect(otherChannel.body.text).toContain('slik bruker du /impress');
  });

  it('subscribes a channel the bot is in, asks to be invited elsewhere, lists and unsubscribes', async () => {
    const store = new SubscriptionStore(database.db);
    api.notMember.add('C404');
    const outside = await replyTo(await command('subscribe news', { channel: 'C404' }));
    expect(outside.body.text).toMatch(/Inviter meg/);
    expect(await store.list({ platform: 'slack' })).toEqual([]);

    const ok = await replyTo(await command('subscribe results en', { channel: 'C7' }));
    expect(ok.body.text).toMatch(/fra nå av/);
    expect(await store.list({ platform: 'slack' })).toMatchObject([
      { teamId: 'T1', channelId: 'C7', lang: 'en', topics: ['results'], active: true },
    ]);
    expect(blocksText(await replyTo(await command('abonnementer', { channel: 'C1' })))).toContain('C7');
    expect((await replyTo(await command('avslutt', { channel: 'C7' }))).body.text).toMatch(/stoppet/);
    expect(await store.list({ platform: 'slack' })).toEqual([]);
  });

  it('refuses guests, and members too where only admins may change channels, but lets anyone list', async () => {
    const store = new SubscriptionStore(database.db);
    api.guests.add('UGUEST');
    const refused = await replyTo(await command('subscribe news', { channel: 'C8', user: 'UGUEST' }));
    expect(refused.body.text).toMatch(/Gjester kan ikke/);
    expect((await replyTo(await command('language en', { channel: 'C8', user: 'UGUEST' }))).body.text).toMatch(
      /Gjester kan ikke/,
    );
    expect(blocksText(await replyTo(await command('abonnementer', { channel: 'C8', user: 'UGUEST' })))).not.toMatch(
      /Gjester/,
    );
    expect(await store.list({ platform: 'slack', teamId: 'T1' })).toEqual([]);

    const strict = createSlackApp(readSlackConfig({ ...env(), IMPRESS_SLACK_MANAGERS: 'admins' }), database);
    const { port } = await strict.start();
    try {
      api.admins.add('UADMIN');
      const to = `http://127.0.0.1:${port}`;
      const member = await replyTo(await command('subscribe news', { channel: 'C9', user: 'U2', to }));
      expect(member.body.text).toMatch(/only admins and owners|bare administratorer og eiere/);
      const admin = await replyTo(await command('subscribe news', { channel: 'C9', user: 'UADMIN', to }));
      expect(admin.body.text).toMatch(/starting now|fra nå av/);
      expect(await store.list({ platform: 'slack', teamId: 'T1' })).toMatchObject([{ channelId: 'C9' }]);
    } finally {
      await strict.stop();
      await store.remove('slack', 'T1', ['C9']);
    }
  });

  it('shares a reply in the channel through response_url and removes the ephemeral one', async () => {
    const first = await replyTo(await command('results'));
    const share = (first.body.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === 'impress_share');
    expect(share).toBeDefined();
    const path = `/response/${++n}`;
    const payload = {
      type: 'block_actions',
      team: { id: 'T1', domain: 'hospital' },
      user: { id: 'U1', username: 'doctor', team_id: 'T1' },
      api_app_id: 'A1',
      token: 'legacy',
      container: { type: 'message', message_ts: '1.2', channel_id: 'C1', is_ephemeral: true },
      trigger_id: '1.2.3',
      channel: { id: 'C1', name: 'oncology' },
      response_url: `${api.url}${path}`,
      actions: [
        {
          type: 'button',
          action_id: 'impress_share',
          block_id: 'b1',
          value: share?.value,
          action_ts: '1.3',
          text: { type: 'plain_text', text: 'Del i kanalen' },
        },
      ],
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const res = await fetch(`${base}/slack/events`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackSignature(SECRET, body) },
    });
    expect(res.status).toBe(200);
    await api.next((c) => c.path === path && c.body.delete_original === true);
    const posts = api.calls.filter((c) => c.path === path);
    expect(posts[0]?.body.response_type).toBe('in_channel');
    expect(blocksText(posts[0] as Recorded)).not.toContain('impress_share');
  });

  it('publishes the App Home with the bot token', async () => {
    const event = {
      token: 'legacy',
      team_id: 'T1',
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: 'Ev1',
      event_time: Math.floor(Date.now() / 1000),
      event: { type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home', event_ts: '1.1' },
    };
    const body = JSON.stringify(event);
    const res = await fetch(`${base}/slack/events`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...slackSignature(SECRET, body) },
    });
    expect(res.status).toBe(200);
    const publish = await api.next((c) => c.path === '/api/views.publish');
    expect(publish.authorization).toBe('Bearer xoxb-test');
    const view = JSON.parse(String(publish.body.view));
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });

  it('acks empty and answers through response_url when the answer is slow', async () => {
    const slow = createSlackApp(config(), database, { ackBudgetMs: 0 });
    const { port } = await slow.start();
    try {
      const sent = await command('about', { to: `http://127.0.0.1:${port}` });
      expect(sent.status).toBe(200);
      expect(sent.ack).toBeUndefined();
      const reply = await api.next((c) => c.path === sent.path);
      expect(reply.body.response_type).toBe('ephemeral');
      expect(reply.body.text).toContain('NCT04817956');
    } finally {
      await slow.stop();
    }
  });

  it('limits commands per user with a polite reply, and reports every command', async () => {
    const events: Array<{ kind: string }> = [];
    const limited = createSlackApp(config(), database, {
      rateLimiter: new RateLimiter(2, 60_000),
      observe: (e) => events.push(e),
    });
    const { port } = await limited.start();
    try {
      const to = `http://127.0.0.1:${port}`;
      const replies = [];
      for (let i = 0; i < 3; i++) replies.push(await replyTo(await command('help', { to })));
      expect(replies[1]?.body.text).toContain('IMPRESS-Norway');
      expect(replies[2]?.body.text).toMatch(/Vent et minutt|wait a minute/);
      expect(events.map((e) => e.kind)).toEqual(['info', 'info', 'rate-limited']);
    } finally {
      await limited.stop();
    }
  });

  it('answers /healthz', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});

describe('the Slack HTTP receiver', () => {
  it('closes a connection that never sends a byte after the idle timeout', async () => {
    const quiet = createSlackApp(config(), database, { httpTimeouts: { idleMs: 300 } });
    const { port } = await quiet.start();
    try {
      expect(await closedWhenSilent(Number(port))).toBe(true);
    } finally {
      await quiet.stop();
    }
  });
});

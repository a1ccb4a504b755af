import { ingest, OutboxWorker, SubscriptionStore } from '@impress-norway/announcer';
import { testItem } from '@impress-norway/announcer/testing';
import { InstallationRecords, SecretBox } from '@impress-norway/db';
import { freshDatabase } from '@impress-norway/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METADATA_EVENT, slackAnnouncer, slackTokenSource } from './announce';
import { SlackApiDouble } from './testing/slack-api-double';

const slack = new SlackApiDouble();
beforeAll(async () => {
  await slack.start();
});
afterAll(async () => slack.stop());

const item = (id: string, title: string) => testItem(id, { title });

describe('Slack announcements through the outbox', () => {
  it('posts in the channel language with metadata, escapes feed text, and pauses dead channels', async () => {
    const database = await freshDatabase('sqlite');
    const store = new SubscriptionStore(database.db, () => 0);
    await store.add('slack', 'T1', ['CEN'], ['news'], 'en');
    await store.add('slack', 'T1', ['CNB', 'CARCH'], ['news'], 'nb');
    slack.responder = (c) =>
      c.path === '/api/chat.postMessage' && c.body.channel === 'CARCH'
        ? { body: { ok: false, error: 'is_archived' } }
        : undefined;
    await ingest(database.db, 'test', []);
    await ingest(database.db, 'test', [item('u:1', 'Results <!channel> & <@U1>')]);
    const tokens: string[] = [];
    const adapter = slackAnnouncer({
      apiUrl: `${slack.url}/api/`,
      tokenFor: async (team) => {
        tokens.push(team);
        return 'xoxb-1';
      },
    });
    await new OutboxWorker(database, { slack: adapter }).runOnce();

    const [en] = slack.channels.get('CEN') ?? [];
    const [nb] = slack.channels.get('CNB') ?? [];
    expect(en?.text).toContain('Results');
    expect(nb?.text).toContain('NB Results');
    expect(en?.metadata).toEqual({ event_type: METADATA_EVENT, event_payload: { update_id: 'u:1' } });
    const body = JSON.stringify(slack.calls.filter((c) => c.path === '/api/chat.postMessage').map((c) => c.body));
    expect(body).not.toMatch(/<!channel>|<@U1>/);
    expect(tokens.every((t) => t === 'T1')).toBe(true);
    const archived = (await store.list()).find((s) => s.channelId === 'CARCH');
    expect(archived).toMatchObject({ active: false, inactiveReason: 'is_archived' });
    slack.responder = () => undefined;
    await database.drop();
  });

  it('honours 429 Retry-After for the whole workspace, and a channel without a token is reported, not paused', async () => {
    slack.responder = (c) =>
      c.path === '/api/chat.postMessage'
        ? { status: 429, headers: { 'retry-after': '7' }, body: { ok: false, error: 'ratelimited' } }
        : undefined;
    const adapter = slackAnnouncer({
      apiUrl: `${slack.url}/api/`,
      tokenFor: async (team) => (team === 'T1' ? 'xoxb' : undefined),
    });
    const delivery = {
      id: 'd1',
      subscription: {
        id: 's',
        platform: 'slack' as const,
        teamId: 'T1',
        channelId: 'C1',
        lang: 'en' as const,
        topics: [],
        active: true,
      },
      announcement: { id: 'u:2', topic: 'news' as const, text: item('u:2', 'x') },
      attempts: 0,
      uncertain: false,
    };
    expect(await adapter.send(delivery)).toEqual({ kind: 'retry', error: 'ratelimited', retryAfterMs: 7000 });
    // The whole workspace waits: another channel of T1 is held back without asking Slack again.
    const posts = () => slack.calls.filter((c) => c.path === '/api/chat.postMessage').length;
    const before = posts();
    const other = { ...delivery, subscription: { ...delivery.subscription, channelId: 'C2' } };
    expect(await adapter.send(other)).toMatchObject({ kind: 'retry', retryAfterMs: expect.any(Number) });
    expect(posts()).toBe(before);
    expect(await adapter.send({ ...delivery, subscription: { ...delivery.subscription, teamId: 'T9' } })).toMatchObject(
      // A missing token is our configuration, not the channel: report it, never pause the channel.
      { kind: 'retry', error: 'no Slack token for workspace T9' },
    );
    slack.responder = () => undefined;
  });

  it('finds an earlier post far back in the history, and never posts when the history cannot be read', async () => {
    const adapter = slackAnnouncer({ apiUrl: `${slack.url}/api/`, tokenFor: async () => 'xoxb' });
    const delivery = {
      id: 'd-resend',
      subscription: {
        id: 's',
        platform: 'slack' as const,
        teamId: 'T1',
        channelId: 'CBUSY',
        lang: 'en' as const,
        topics: [],
        active: true,
      },
      announcement: { id: 'u:resend', topic: 'news' as const, text: item('u:resend', 'x') },
      attempts: 1,
      uncertain: true,
      createdAt: Date.now() - 60_000,
    };
    const t = Math.floor(Date.now() / 1000) - 30;
    const ours = {
      ts: `${t}.000001`,
      metadata: { event_type: METADATA_EVENT, event_payload: { update_id: 'u:resend' } },
    };
    // Our message, then 150 newer ones: beyond a single page of 100.
    const others = Array.from({ length: 150 }, (_, i) => ({
      ts: `${t + 1}.${String(i).padStart(6, '0')}`,
      text: 'chat',
    }));
    slack.channels.set('CBUSY', [ours, ...others]);
    const posts = () => slack.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'CBUSY');
    expect(await adapter.send(delivery)).toEqual({ kind: 'sent', messageId: ours.ts });
    expect(posts()).toHaveLength(0);

    // A failed or rate-limited check says nothing about the channel: try the check again later.
    slack.channels.set('CBUSY', []);
    for (const answer of [
      { status: 429, headers: { 'retry-after': '3' }, body: { ok: false, error: 'ratelimited' } },
      { body: { ok: false, error: 'internal_error' } },
      { status: 500, body: {} },
    ]) {
      slack.responder = (c) => (c.path === '/api/conversations.history' ? answer : undefined);
      const fresh = slackAnnouncer({ apiUrl: `${slack.url}/api/`, tokenFor: async () => 'xoxb' });
      expect(await fresh.send(delivery)).toMatchObject({ kind: 'retry', error: expect.stringMatching(/resend check/) });
    }
    slack.responder = () => undefined;
    expect(posts()).toHaveLength(0);
  });

  it('announces to OAuth workspaces with their own stored token, and with SLACK_BOT_TOKEN otherwise', async () => {
    const database = await freshDatabase('sqlite');
    const key = Buffer.alloc(32, 7).toString('base64');
    await new InstallationRecords(database.db, new SecretBox(key)).save(
      { teamId: 'T2', isEnterpriseInstall: false },
      { team: { id: 'T2' }, bot: { token: 'xoxb-team-two' } },
    );
    const oauth = slackTokenSource(database, { encryptionKey: key });
    expect(await oauth('T2')).toBe('xoxb-team-two');
    expect(await oauth('T3')).toBeUndefined();
    expect(await slackTokenSource(database, { botToken: 'xoxb-single' })('T9')).toBe('xoxb-single');
    // With OAuth configured, each workspace's own token wins over SLACK_BOT_TOKEN (another workspace's).
    const both = slackTokenSource(database, { botToken: 'xoxb-single', encryptionKey: key });
    expect(await both('T2')).toBe('xoxb-team-two');
    await database.drop();
  });
});

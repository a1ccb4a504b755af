import { type ClaimedDelivery, ingest, OutboxWorker, SubscriptionStore } from '@impress-norway/announcer';
import { testItem } from '@impress-norway/announcer/testing';
import { freshDatabase } from '@impress-norway/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryNonce, discordAnnouncer } from './announce';
import { DiscordDouble } from './testing/discord-double';

const discord = new DiscordDouble();
beforeAll(async () => {
  await discord.start();
});
afterAll(async () => discord.stop());

const item = (id: string, title: string) => testItem(id, { title });

describe('Discord announcements through the outbox', () => {
  it('posts once per channel with a stable nonce, no pings, and drops a channel Discord says is gone', async () => {
    const database = await freshDatabase('sqlite');
    const store = new SubscriptionStore(database.db, () => 0);
    await store.add('discord', '5001', ['7001', '7002'], ['news'], 'nb');
    discord.goneChannels.add('7002');
    await ingest(database.db, 'test', []);
    await ingest(database.db, 'test', [item('u:1', 'Hello @everyone <@&123>')]);
    const worker = new OutboxWorker(database, {
      discord: discordAnnouncer({ token: 'bot-token', apiUrl: discord.apiUrl }),
    });
    await worker.runOnce();

    const [posted] = discord.channelMessages.get('7001') ?? [];
    expect(posted?.body).toMatchObject({ enforce_nonce: true, allowed_mentions: { parse: [] } });
    const title = ((posted?.body.embeds ?? []) as Array<{ title: string }>)[0]?.title ?? '';
    expect(title).toContain('NB Hello');
    expect(title).not.toMatch(/@everyone|<@&123>/);
    expect((await store.list())[1]).toMatchObject({
      channelId: '7002',
      active: false,
      inactiveReason: expect.stringContaining('10003'),
    });

    // A resend of the same delivery (after a crash) carries the same nonce, and Discord returns the first message.
    const again = await discordAnnouncer({ token: 'bot-token', apiUrl: discord.apiUrl }).send({
      id: `discord:5001:7001|u:1`,
      subscription: (await store.list())[0] as ClaimedDelivery['subscription'],
      announcement: { id: 'u:1', topic: 'news', text: { en: item('u:1', 'x').en, nb: item('u:1', 'x').nb } },
      attempts: 1,
      uncertain: true,
    });
    expect(posted?.nonce).toBe(deliveryNonce('discord:5001:7001|u:1'));
    expect(again).toEqual({ kind: 'sent', messageId: posted?.id });
    expect(discord.channelMessages.get('7001')).toHaveLength(1);
    await database.drop();
  });
});

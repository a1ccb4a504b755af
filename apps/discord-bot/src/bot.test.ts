import { SubscriptionStore } from '@impress-norway/announcer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordBot } from './bot';
import { readDiscordConfig } from './env';
import { buttonInteraction, DiscordDouble, impressInteraction, type RestCall } from './testing/discord-double';
import { type DiscordHarness, startDiscordHarness } from './testing/harness';

let h: DiscordHarness;

beforeAll(async () => {
  h = await startDiscordHarness();
}, 30_000);

afterAll(async () => {
  await h?.stop();
});

/** Dispatches an interaction over the gateway and waits for the bot's callback over REST. */
async function interact(payload: { id: string; token: string }): Promise<RestCall> {
  h.discord.dispatch('INTERACTION_CREATE', payload);
  return h.discord.next(
    (c) => c.method === 'POST' && c.path.includes(`/interactions/${payload.id}/${payload.token}/callback`),
  );
}

type Data = {
  embeds: Array<{ title: string; description: string; fields?: Array<{ name: string; value: string }> }>;
  components: Array<{ components: Array<{ custom_id: string; label: string }> }>;
  allowed_mentions: { parse: string[] };
  flags?: number;
};
const data = (call: RestCall) => (call.body as { type: number; data: Data }).data;

describe('Discord bot: the real discord.js client against a Discord double', () => {
  it('logs in through the gateway with the token from the environment', () => {
    expect(h.discord.identified).toBe(true);
    expect(h.discord.calls.find((c) => c.path.includes('/gateway/bot'))?.authorization).toBe('Bot test-token');
  });

  it('answers help ephemerally with an embed, no mentions allowed, in the user locale', async () => {
    const call = await interact(impressInteraction({ sub: 'help', locale: 'no' }));
    const reply = data(call);
    expect((call.body as { type: number }).type).toBe(4);
    expect(reply.flags).toBe(64);
    expect(reply.allowed_mentions).toEqual({ parse: [] });
    expect(reply.embeds[0]?.title).toBe('IMPRESS-Norway: slik bruker du /impress');
  });

  it('suggests cohorts while typing, then answers the cohort query', async () => {
    const call = await interact(
      impressInteraction({ sub: 'cohorts', type: 4, option: { name: 'query', value: 'brc', focused: true } }),
    );
    expect((call.body as { type: number }).type).toBe(8);
    const choices = (call.body as { data: { choices: Array<{ name: string; value: string }> } }).data.choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((c) => c.name)).toContain('BRCA1');
    const answer = data(
      await interact(impressInteraction({ sub: 'cohorts', option: { name: 'query', value: 'BRCA1' } })),
    );
    expect(JSON.stringify(answer.embeds)).toContain('olaparib');
  });

  it('answers a question with sources and never pings', async () => {
    const reply = data(
      await interact(
        impressInteraction({
          sub: 'ask',
          option: { name: 'question', value: '@everyone <@&123456789012345678> what is the NCT number?' },
        }),
      ),
    );
    const embed = JSON.stringify(reply.embeds);
    expect(embed).toContain('NCT04817956');
    expect(embed).toContain('https://');
    expect(embed).not.toMatch(/(?<!\u200b)@everyone|<@&\d+>/);
    expect(reply.allowed_mentions.parse).toEqual([]);
  });

  it('posts an answer publicly when the button is pressed', async () => {
    const first = data(await interact(impressInteraction({ sub: 'results' })));
    const share = first.components[0]?.components.find((c) => c.custom_id.startsWith('impress:share:'));
    expect(share?.label).toBe('Post publicly');
    const shared = data(await interact(buttonInteraction(share?.custom_id ?? '')));
    expect(shared.flags ?? 0).toBe(0);
    expect(shared.embeds[0]?.title).toBe('Results');
    expect(shared.components).toEqual([]);
  });

  it('pages a long list with buttons by updating the message', async () => {
    const first = data(await interact(impressInteraction({ sub: 'drugs' })));
    const next = first.components[0]?.components.find((c) => c.label === 'Next');
    expect(next).toBeDefined();
    const call = await interact(buttonInteraction(next?.custom_id ?? ''));
    expect((call.body as { type: number }).type).toBe(7);
    expect(JSON.stringify(data(call).embeds)).toContain('Page 2 of 2');
  });

  it('refuses to change the language without Manage Channels, and stores it with', async () => {
    const denied = data(
      await interact(impressInteraction({ sub: 'language', option: { name: 'language', value: 'nb' } })),
    );
    expect(denied.embeds[0]?.description).toMatch(/Manage Channels/);
    const MANAGE_CHANNELS = String(1 << 4);
    await interact(
      impressInteraction({ sub: 'language', option: { name: 'language', value: 'nb' }, permissions: MANAGE_CHANNELS }),
    );
    const after = data(await interact(impressInteraction({ sub: 'help', locale: 'en-US' })));
    expect(after.embeds[0]?.title).toBe('IMPRESS-Norway: slik bruker du /impress');
    await interact(
      impressInteraction({ sub: 'language', option: { name: 'language', value: 'en' }, permissions: MANAGE_CHANNELS }),
    );
  });
  it('subscribes a channel with Manage Channels only, lists it, and unsubscribes it', async () => {
    const MANAGE_CHANNELS = String(1 << 4);
    const topics = { name: 'topics', value: 'results news nb' };
    const denied = data(await interact(impressInteraction({ sub: 'subscribe', option: topics })));
    expect(denied.embeds[0]?.description).toMatch(/Manage Channels/);
    const store = new SubscriptionStore(h.database.db);
    expect(await store.list({ platform: 'discord' })).toEqual([]);

    const ok = data(
      await interact(impressInteraction({ sub: 'subscribe', option: topics, permissions: MANAGE_CHANNELS })),
    );
    expect(ok.embeds[0]?.description).toMatch(/starting now/);
    const [sub] = await store.list({ platform: 'discord' });
    expect(sub).toMatchObject({ teamId: '500000000000000001', lang: 'nb', topics: ['results', 'news'], active: true });

    const listed = data(await interact(impressInteraction({ sub: 'subscriptions' })));
    expect(JSON.stringify(listed.embeds)).toContain(sub?.channelId);
    const gone = data(await interact(impressInteraction({ sub: 'unsubscribe', permissions: MANAGE_CHANNELS })));
    expect(gone.embeds[0]?.description).toMatch(/stopped/);
    expect(await store.list({ platform: 'discord' })).toEqual([]);
  });
});

describe('Discord bot with slow answers', () => {
  it('defers the reply, then edits it with the answer', async () => {
    const double = await new DiscordDouble().start();
    const slow = createDiscordBot(
      readDiscordConfig({ DISCORD_TOKEN: 'test-token', DISCORD_API_URL: double.apiUrl }),
      h.database,
      { deferAfterMs: 0 },
    );
    await slow.start();
    try {
      const payload = impressInteraction({ sub: 'about' });
      double.dispatch('INTERACTION_CREATE', payload);
      const callback = await double.next((c) =>
        c.path.includes(`/interactions/${payload.id}/${payload.token}/callback`),
      );
      expect((callback.body as { type: number }).type).toBe(5);
      const edit = await double.next((c) => c.method === 'PATCH' && c.path.includes(payload.token));
      expect(JSON.stringify(edit.body)).toContain('NCT04817956');
    } finally {
      await slow.stop();
      await double.stop();
    }
  });
});

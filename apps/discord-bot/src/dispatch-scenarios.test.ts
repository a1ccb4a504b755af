import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SubscriptionStore } from '@impress-norway/announcer';
import { findCommand, RateLimiter, type ReplyActionId } from '@impress-norway/chat';
import { DISPATCH_SCENARIOS, mismatches, SCENARIO_RATE_LIMIT, type ScenarioView } from '@impress-norway/chat/testing';
import { type Database, openDatabase } from '@impress-norway/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordBot, type DiscordBot } from './bot';
import { readDiscordConfig } from './env';
import { BUTTON_IDS } from './render/embeds';
import { buttonInteraction, DiscordDouble, impressInteraction, type RestCall } from './testing/discord-double';

const discord = new DiscordDouble();
let database: Database;
let bot: DiscordBot;

beforeAll(async () => {
  await discord.start();
  database = await openDatabase(join(mkdtempSync(join(tmpdir(), 'discord-scenarios-')), 'impress.db'));
  bot = createDiscordBot(
    readDiscordConfig({ DISCORD_TOKEN: 'test-token', DISCORD_API_URL: discord.apiUrl, IMPRESS_DEFAULT_LANG: 'en' }),
    database,
    { rateLimiter: new RateLimiter(SCENARIO_RATE_LIMIT, 60_000) },
  );
  await bot.start();
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await database?.close();
  await discord.stop();
});

type Message = {
  content?: string;
  embeds?: Array<{
    title?: string;
    description?: string;
    fields?: Array<{ name: string; value: string }>;
    footer?: { text: string };
  }>;
  components?: Array<{ components: Array<{ custom_id: string }> }>;
};

const MANAGE_CHANNELS = String(1 << 4);

async function interact(payload: { id: string; token: string }): Promise<Message> {
  discord.dispatch('INTERACTION_CREATE', payload);
  const call: RestCall = await discord.next(
    (c) => c.method === 'POST' && c.path.includes(`/interactions/${payload.id}/${payload.token}/callback`),
  );
  return (call.body as { data: Message }).data;
}

function buttonsOf(message: Message): Array<{ id: ReplyActionId; customId: string }> {
  const ids = Object.entries(BUTTON_IDS) as Array<[ReplyActionId, string]>;
  return (message.components ?? []).flatMap((row) =>
    row.components.flatMap((b) => {
      const found = ids.find(([, prefix]) => b.custom_id.startsWith(prefix));
      return found ? [{ id: found[0], customId: b.custom_id }] : [];
    }),
  );
}

function viewOf(message: Message): ScenarioView {
  const embed = message.embeds?.[0];
  const parts = [
    message.content,
    embed?.title,
    embed?.description,
    ...(embed?.fields ?? []).flatMap((f) => [f.name, f.value]),
    embed?.footer?.text,
  ];
  return {
    title: embed?.title ?? '',
    text: parts.filter(Boolean).join('\n'),
    buttons: buttonsOf(message).map((b) => b.id),
  };
}

describe('the dispatch scenarios through the real discord.js client and the Discord double', () => {
  DISPATCH_SCENARIOS.forEach((scenario, n) => {
    it(scenario.name, async () => {
      const where = {
        user: String(610000000000000000n + BigInt(n)),
        channel: String(710000000000000000n + BigInt(n)),
        permissions: scenario.sender === 'manager' ? MANAGE_CHANNELS : '0',
      };
      let last: Message | undefined;
      for (const step of scenario.steps) {
        if ('send' in step) {
          const name = findCommand(step.send.command)?.options[0]?.name;
          const option = name && step.send.query !== undefined ? { option: { name, value: step.send.query } } : {};
          last = await interact(impressInteraction({ sub: step.send.command, ...option, ...where }));
        } else {
          const button = buttonsOf(last ?? {}).find((b) => b.id === step.press);
          expect(button, `a ${step.press} button`).toBeDefined();
          last = await interact(buttonInteraction(button?.customId ?? '', 'en-US', where));
        }
        expect(mismatches(viewOf(last), step.expect)).toEqual([]);
      }
      if (scenario.subscriptionsAfter !== undefined) {
        const stored = await new SubscriptionStore(database.db).list({ platform: 'discord' });
        expect(stored.filter((s) => s.channelId === where.channel)).toHaveLength(scenario.subscriptionsAfter);
      }
    });
  });
});

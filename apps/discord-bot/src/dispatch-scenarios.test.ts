import { SubscriptionStore } from '@impress-norway/announcer';
import { findCommand, RateLimiter, type ReplyActionId } from '@impress-norway/chat';
import { DISPATCH_SCENARIOS, mismatches, SCENARIO_RATE_LIMIT, type ScenarioView } from '@impress-norway/chat/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUTTON_IDS } from './render/embeds';
import { buttonInteraction, impressInteraction, type RestCall } from './testing/discord-double';
import { type DiscordHarness, startDiscordHarness } from './testing/harness';

let h: DiscordHarness;

beforeAll(async () => {
  h = await startDiscordHarness({ rateLimiter: new RateLimiter(SCENARIO_RATE_LIMIT, 60_000) });
}, 30_000);

afterAll(async () => {
  await h?.stop();
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
  h.discord.dispatch('INTERACTION_CREATE', payload);
  const call: RestCall = await h.discord.next(
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
        const stored = await new SubscriptionStore(h.database.db).list({ platform: 'discord' });
        expect(stored.filter((s) => s.channelId === where.channel)).toHaveLength(scenario.subscriptionsAfter);
      }
    });
  });
});

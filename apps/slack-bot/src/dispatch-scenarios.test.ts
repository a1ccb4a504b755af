import { SubscriptionStore } from '@impress-norway/announcer';
import { RateLimiter, type ReplyActionId } from '@impress-norway/chat';
import { DISPATCH_SCENARIOS, mismatches, SCENARIO_RATE_LIMIT, type ScenarioView } from '@impress-norway/chat/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS } from './render/blocks';
import { type SlackHarness, startSlackHarness } from './testing/harness';
import { slashCommand } from './testing/slack-api-double';

let h: SlackHarness;
let n = 0;

beforeAll(async () => {
  h = await startSlackHarness({ rateLimiter: new RateLimiter(SCENARIO_RATE_LIMIT, 60_000) });
});

afterAll(async () => {
  await h?.stop();
});

type Message = {
  text?: string;
  blocks?: Array<{
    type: string;
    text?: { text: string };
    fields?: Array<{ text: string }>;
    elements?: Array<{ action_id?: string; value?: string; text?: string | { text: string } }>;
  }>;
};

async function post(body: string): Promise<string> {
  const res = await h.post(body);
  expect(res.status).toBe(200);
  return res.text();
}

/** A signed slash command; the reply rides in the ack or comes through response_url. */
async function send(text: string, where: { user: string; channel: string }): Promise<Message> {
  const path = `/response/scenario-${++n}`;
  const raw = await post(slashCommand({ text, responseUrl: `${h.api.url}${path}`, ...where }));
  const ack = raw ? (JSON.parse(raw) as Message) : {};
  if (Object.keys(ack).length > 0) return ack;
  return (await h.api.next((c) => c.path === path)).body as Message;
}

/** A signed button press on the previous reply; the new page comes through response_url. */
async function press(actionId: string, value: string, where: { user: string; channel: string }): Promise<Message> {
  const path = `/response/scenario-${++n}`;
  const payload = {
    type: 'block_actions',
    team: { id: 'T1', domain: 'hospital' },
    user: { id: where.user, username: 'doctor', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    container: { type: 'message', message_ts: '1.2', channel_id: where.channel, is_ephemeral: true },
    trigger_id: '1.2.3',
    channel: { id: where.channel, name: 'oncology' },
    response_url: `${h.api.url}${path}`,
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, action_ts: '1.3' }],
  };
  await post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
  return (await h.api.next((c) => c.path === path)).body as Message;
}

function buttonsOf(message: Message): Array<{ id: ReplyActionId; actionId: string; value: string }> {
  const ids = Object.entries(ACTION_IDS) as Array<[ReplyActionId, string]>;
  return (message.blocks ?? [])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? [])
    .flatMap((e) => {
      const found = ids.find(([, actionId]) => actionId === e.action_id);
      return found ? [{ id: found[0], actionId: found[1], value: e.value ?? '' }] : [];
    });
}

function viewOf(message: Message): ScenarioView {
  const blocks = message.blocks ?? [];
  const texts = blocks.flatMap((b) => [
    b.text?.text,
    ...(b.fields ?? []).map((f) => f.text),
    ...(b.type === 'context' ? (b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : '')) : []),
  ]);
  return {
    title: blocks.find((b) => b.type === 'header')?.text?.text ?? '',
    text: [message.text, ...texts].filter(Boolean).join('\n'),
    buttons: buttonsOf(message).map((b) => b.id),
  };
}

describe('the dispatch scenarios through the real Bolt HTTP receiver and the Slack API double', () => {
  DISPATCH_SCENARIOS.forEach((scenario, i) => {
    it(scenario.name, async () => {
      const where = { user: `USCENARIO${i}`, channel: `CSCENARIO${i}` };
      if (scenario.sender === 'not-allowed') h.api.guests.add(where.user);
      let last: Message = {};
      for (const step of scenario.steps) {
        if ('send' in step) {
          last = await send([step.send.command, step.send.query].filter(Boolean).join(' '), where);
        } else {
          const button = buttonsOf(last).find((b) => b.id === step.press);
          expect(button, `a ${step.press} button`).toBeDefined();
          last = await press(button?.actionId ?? '', button?.value ?? '', where);
        }
        expect(mismatches(viewOf(last), step.expect)).toEqual([]);
      }
      if (scenario.subscriptionsAfter !== undefined) {
        const stored = await new SubscriptionStore(h.database.db).list({ platform: 'slack', teamId: 'T1' });
        expect(stored.filter((s) => s.channelId === where.channel)).toHaveLength(scenario.subscriptionsAfter);
      }
    });
  });
});

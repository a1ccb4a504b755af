import fc from 'fast-check';
import { buildReply, toPlainText } from './build-reply';
import { paginate } from './paging';
import type { Reply, ReplyActionId } from './reply';
import { updateReply } from './update-reply';

/** How large the generated replies may get; each renderer's test pushes past its platform's limits. */
export interface ReplySizes {
  text: number;
  sections: number;
  fields: number;
  items: number;
  context: number;
  actionValue: number;
  sources: number;
}

/**
 * Arbitrary replies for property tests of the platform renderers: any text (mentions, markup, emoji),
 * more sections, fields and items than a platform allows, and links and sources of any size.
 */
export function arbitraryReply(sizes: ReplySizes): fc.Arbitrary<Reply> {
  const text = fc.string({ maxLength: sizes.text });
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const item = fc.record({ title: text, text: maybe(text), url: maybe(fc.webUrl()), meta: maybe(text) });
  return fc
    .record({
      lang: fc.constantFrom('en' as const, 'nb' as const),
      title: text,
      sections: fc.array(
        fc.record({
          heading: maybe(text),
          text: maybe(text),
          fields: maybe(fc.array(fc.record({ label: text, value: text }), { maxLength: sizes.fields })),
          items: maybe(fc.array(item, { maxLength: sizes.items })),
        }),
        { maxLength: sizes.sections },
      ),
      links: fc.array(fc.record({ title: text, url: fc.webUrl() }), { maxLength: 5 }),
      context: fc.array(text, { maxLength: sizes.context }),
      actions: fc.array(
        fc.record({
          id: fc.constantFrom('page-next' as const, 'page-previous' as const),
          label: text,
          value: fc.string({ maxLength: sizes.actionValue }),
        }),
        { maxLength: 3 },
      ),
      sources: fc.array(fc.record({ id: fc.constant('s'), url: fc.webUrl(), title: text, publisher: text }), {
        maxLength: sizes.sources,
      }),
    })
    .map((r) => {
      const base = { ...r, kind: 'info' as const, visibility: 'ephemeral' as const };
      return { ...base, fallback: toPlainText(base) };
    });
}

/** What a test reads back from a platform message: its title, all its visible text, and its buttons. */
export interface ScenarioView {
  title: string;
  text: string;
  buttons: ReplyActionId[];
}

/** What a reply must show: an exact title, texts it contains and lacks, and exactly these buttons. */
export interface ScenarioExpect {
  title?: string;
  contains?: string[];
  lacks?: string[];
  buttons?: ReplyActionId[];
}

/** One step: a command the sender types, or a button of the previous reply they press. */
export type ScenarioStep =
  | { send: { command: string; query?: string }; expect: ScenarioExpect }
  | { press: 'page-next' | 'page-previous'; expect: ScenarioExpect };

/**
 * One conversation with a bot, in English. `sender: 'not-allowed'` is someone the platform does not let
 * change a channel (Slack: a guest; Discord: no Manage Channels); `subscriptionsAfter` is how many
 * subscriptions the channel has at the end.
 */
export interface DispatchScenario {
  name: string;
  sender: 'manager' | 'not-allowed';
  steps: ScenarioStep[];
  subscriptionsAfter?: number;
}

/** Commands each sender may give a minute in the scenarios' bots; the rate-limit scenario sends more. */
export const SCENARIO_RATE_LIMIT = 3;

/**
 * The command path both bots share, as one table: each bot's test runs it through its real client
 * against its platform double, in its own channel and as its own user per scenario, with these same
 * expectations.
 */
export const DISPATCH_SCENARIOS: readonly DispatchScenario[] = [
  {
    name: 'a question is answered with its sources and can be shared',
    sender: 'manager',
    steps: [
      {
        send: { command: 'ask', query: 'What is the NCT number of the study?' },
        expect: { contains: ['NCT04817956', 'Sources', 'https://'], buttons: ['share'] },
      },
    ],
  },
  {
    name: 'a long list pages forwards and back',
    sender: 'manager',
    steps: [
      { send: { command: 'drugs' }, expect: { contains: ['Page 1 of 2'], buttons: ['page-next', 'share'] } },
      { press: 'page-next', expect: { contains: ['Page 2 of 2'], buttons: ['page-previous', 'share'] } },
      { press: 'page-previous', expect: { contains: ['Page 1 of 2'], buttons: ['page-next', 'share'] } },
    ],
  },
  {
    name: 'subscribing without the right to change the channel is refused and stores nothing',
    sender: 'not-allowed',
    steps: [
      {
        send: { command: 'subscribe', query: 'news' },
        expect: { title: 'Announcements', contains: ['announcements'], lacks: ['starting now'], buttons: [] },
      },
    ],
    subscriptionsAfter: 0,
  },
  {
    name: 'a language change is stored and later answers use it',
    sender: 'manager',
    steps: [
      {
        send: { command: 'language', query: 'nb' },
        expect: { title: 'Språket er satt til norsk (bokmål)', buttons: ['share'] },
      },
      { send: { command: 'help' }, expect: { title: 'IMPRESS-Norway: slik bruker du /impress', buttons: ['share'] } },
    ],
  },
  {
    name: 'a sender over the limit gets a polite wait, without buttons',
    sender: 'manager',
    steps: [
      ...Array.from({ length: SCENARIO_RATE_LIMIT }, () => ({
        send: { command: 'help' },
        expect: { title: 'IMPRESS-Norway: how to use /impress' },
      })),
      { send: { command: 'help' }, expect: { title: 'One moment, please', contains: ['wait a minute'], buttons: [] } },
    ],
  },
];

/** How a view differs from what was expected; empty when it matches. */
export function mismatches(view: ScenarioView, expected: ScenarioExpect): string[] {
  const out: string[] = [];
  if (expected.title !== undefined && view.title !== expected.title)
    out.push(`title is "${view.title}", expected "${expected.title}"`);
  for (const t of expected.contains ?? []) if (!view.text.includes(t)) out.push(`text lacks "${t}"`);
  for (const t of expected.lacks ?? []) if (view.text.includes(t)) out.push(`text has "${t}"`);
  const buttons = [...view.buttons].sort().join(',');
  if (expected.buttons && buttons !== [...expected.buttons].sort().join(','))
    out.push(`buttons are [${buttons}], expected [${[...expected.buttons].sort().join(',')}]`);
  return out;
}

const FIXTURE_SOURCE = {
  id: 'fixture-source',
  url: 'https://example.org/fixture-source',
  title: 'Fixture source',
  publisher: 'Example publisher',
};

/**
 * A few fixed replies for the renderers' snapshot tests: a list with paging, an answer with sources, an
 * advice decline and an announcement. The text is fixture text, not study content, so a content edit
 * never changes a snapshot; one item carries markup and mentions that every renderer must defuse.
 */
export function fixedReplies(): Record<'pagedList' | 'answer' | 'adviceDeclined' | 'announcement', Reply> {
  const items = Array.from({ length: 10 }, (_, i) => ({
    title: i === 8 ? 'Fixture *item* <!channel> @everyone' : `Fixture item ${i + 1}`,
    meta: `Meta ${i + 1}`,
    ...(i % 2 === 0 ? { text: `Text of item ${i + 1}.` } : { url: `https://example.org/item/${i + 1}` }),
  }));
  const page = paginate(items, 1, 'sites', 'fixture', 'en');
  return {
    pagedList: buildReply({
      lang: 'en',
      kind: 'info',
      title: 'Fixture list',
      sections: [{ items: page.items }],
      context: page.position,
      actions: page.actions,
      page: page.page,
      sources: [FIXTURE_SOURCE],
      asOf: '2026-01-31',
    }),
    answer: buildReply({
      lang: 'nb',
      kind: 'answer',
      title: 'Svar',
      sections: [{ text: 'Fixture answer text.' }],
      context: ['Spørsmål: fixture question?'],
      sources: [
        FIXTURE_SOURCE,
        { ...FIXTURE_SOURCE, id: 'second', url: 'https://example.org/second', publisher: 'Second' },
      ],
      asOf: '2026-02-01',
    }),
    adviceDeclined: buildReply({
      lang: 'en',
      kind: 'advice-declined',
      title: 'Talk to your doctor',
      sections: [{ text: 'Fixture decline text.' }, { heading: 'Fixture heading', text: 'Fixture general facts.' }],
      sources: [FIXTURE_SOURCE],
      asOf: '2026-02-02',
    }),
    announcement: updateReply({
      id: 'impress-norway:news:fixture',
      kind: 'news',
      topic: 'news',
      date: { precision: 'day', value: '2026-03-04' },
      lang: 'en',
      title: 'Fixture announcement',
      summary: 'Fixture summary with <@U123> and **markdown**.',
      url: 'https://example.org/fixture-news',
      sources: [FIXTURE_SOURCE],
      tags: [],
    }),
  };
}

import { DISCORD_LIMITS, type Reply, route, toPlainText } from '@impress-norway/chat';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderEmbeds } from './embeds';

const text = fc.string({ maxLength: 5000 });
const replyArb: fc.Arbitrary<Reply> = fc
  .record({
    lang: fc.constantFrom('en' as const, 'nb' as const),
    title: text,
    sections: fc.array(
      fc.record({
        heading: fc.option(text, { nil: undefined }),
        text: fc.option(text, { nil: undefined }),
        fields: fc.option(fc.array(fc.record({ label: text, value: text }), { maxLength: 30 }), { nil: undefined }),
        items: fc.option(
          fc.array(
            fc.record({
              title: text,
              text: fc.option(text, { nil: undefined }),
              url: fc.option(fc.webUrl(), { nil: undefined }),
            }),
            { maxLength: 40 },
          ),
          { nil: undefined },
        ),
      }),
      { maxLength: 8 },
    ),
    links: fc.array(fc.record({ title: text, url: fc.webUrl() }), { maxLength: 5 }),
    context: fc.array(text, { maxLength: 10 }),
    actions: fc.array(
      fc.record({ kind: fc.constant('page' as const), label: text, value: fc.string({ maxLength: 200 }) }),
      { maxLength: 3 },
    ),
    sources: fc.array(fc.record({ id: fc.constant('s'), url: fc.webUrl(), title: text, publisher: text }), {
      maxLength: 10,
    }),
  })
  .map((r) => {
    const base = { ...r, kind: 'info' as const, visibility: 'ephemeral' as const };
    return { ...base, fallback: toPlainText(base) };
  });

function within(message: ReturnType<typeof renderEmbeds>) {
  expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
  let total = 0;
  for (const e of message.embeds) {
    expect([...(e.title ?? '')].length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect([...(e.description ?? '')].length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
    for (const f of e.fields ?? []) {
      expect([...f.name].length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      expect([...f.value].length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
      expect(f.value.length).toBeGreaterThan(0);
    }
    total +=
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  }
  expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
  for (const row of message.components) {
    expect(row.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonsPerRow);
    for (const b of row.components)
      if ('custom_id' in b) expect(b.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
  }
  expect(message.allowedMentions).toEqual({ parse: [] });
}

describe('renderEmbeds', () => {
  it('keeps any reply within every Discord embed limit', () => {
    fc.assert(
      fc.property(replyArb, (reply) => within(renderEmbeds(reply, { shareId: 'impress:share:abc' }))),
      { numRuns: 200 },
    );
  });

  it('never lets untrusted text mention anyone', () => {
    fc.assert(
      fc.property(replyArb, (reply) => {
        const hostile = {
          ...reply,
          title: '@everyone',
          sections: [{ text: '@here <@123456789012345678> <@&123456789012345678> <#123456789012345678>' }],
        };
        const json = JSON.stringify(renderEmbeds(hostile));
        expect(json).not.toMatch(/(?<!\u200b)@(everyone|here)|<@&?\d+>|<#\d+>/);
      }),
      { numRuns: 30 },
    );
  });

  it('draws real replies within limits', () => {
    for (const lang of ['en', 'nb'] as const) {
      for (const t of ['help', 'about', 'sites', 'drugs', 'news 10', 'results', 'eligibility', 'what is the dcr?'])
        within(renderEmbeds(route({ text: t, lang })));
    }
  });
});

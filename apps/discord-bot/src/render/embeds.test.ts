import { DISCORD_LIMITS, route } from '@impress-norway/chat';
import { arbitraryReply } from '@impress-norway/chat/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderEmbeds } from './embeds';

const replyArb = arbitraryReply({
  text: 5000,
  sections: 8,
  fields: 30,
  items: 40,
  context: 10,
  actionValue: 200,
  sources: 10,
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

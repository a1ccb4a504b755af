import { route, updateReply } from '@impress-norway/chat';
import { arbitraryReply } from '@impress-norway/chat/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderEmbeds } from './embeds';
import { DISCORD_LIMITS } from './limits';

const replyArb = arbitraryReply({
  text: 5000,
  sections: 8,
  fields: 30,
  items: 40,
  context: 10,
  actionValue: 200,
  sources: 10,
});

/**
 * The masked links a Discord client would draw in `text`: `[label](target)` whose brackets are not
 * escaped with a backslash (a backslash escapes the next character, itself included).
 */
function maskedLinks(text: string): string[] {
  const out: string[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '[') open = i;
    else if (c === ']' && open >= 0 && text[i + 1] === '(') {
      const end = text.indexOf(')', i + 2);
      if (end > 0) out.push(text.slice(i + 2, end));
      open = -1;
    }
  }
  return out;
}

function embedText(message: ReturnType<typeof renderEmbeds>): string {
  return message.embeds
    .flatMap((e) => [e.title, e.description, e.footer?.text, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])])
    .join('\n');
}

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

  it('never turns untrusted text into a masked link: feed text, a feed link, or a query echoed back', () => {
    const hostile = '[Verify your account](https://evil.example/login) and [[Inner](https://evil.example/2)';
    const announcement = renderEmbeds(
      updateReply({
        id: 'feed:1',
        kind: 'news',
        topic: 'news',
        lang: 'en',
        date: { precision: 'unknown', value: null },
        title: hostile,
        summary: hostile,
        url: 'https://ok.example/a) [Verify](https://evil.example/3',
        sources: [{ id: 'feed', url: 'https://ok.example/', title: hostile, publisher: hostile }],
        tags: [],
      }),
    );
    const links = maskedLinks(embedText(announcement));
    expect(links.length).toBeGreaterThan(0);
    // Our own links stay (to ok.example, the hostile text encoded into the path); none goes elsewhere.
    for (const target of links) expect(new URL(target).hostname).toBe('ok.example');
    // A query that matches nothing is echoed back; "Post publicly" would share that embed.
    const echoed = renderEmbeds(route({ text: 'sites [Verify](https://evil.example/4)', lang: 'en' }));
    expect(embedText(echoed)).toContain('Nothing matches');
    for (const target of maskedLinks(embedText(echoed))) expect(new URL(target).hostname).not.toBe('evil.example');
  });

  it('draws real replies within limits', () => {
    for (const lang of ['en', 'nb'] as const) {
      for (const t of ['help', 'about', 'sites', 'drugs', 'news 10', 'results', 'eligibility', 'what is the dcr?'])
        within(renderEmbeds(route({ text: t, lang })));
    }
  });
});

import { answerSchema } from '@impress-norway/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS, findCommand } from './commands';
import { decodeAction, encodeAction, PAGE_SIZE } from './paging';
import type { Reply } from './reply';
import { parseText, route } from './route';
import { subscriptionReply } from './subscription-reply';
import { suggest } from './suggest';

const isValid = (r: Reply) =>
  typeof r.title === 'string' &&
  r.title.length > 0 &&
  typeof r.fallback === 'string' &&
  r.fallback.length > 0 &&
  Array.isArray(r.sections);

describe('parseText', () => {
  it('finds commands by English or Norwegian name, with or without æ, ø, å', () => {
    expect(parseText('sites bergen')).toEqual({ command: 'sites', query: 'bergen' });
    expect(parseText('SYKEHUS  Tromsø')).toEqual({ command: 'sites', query: 'Tromsø' });
    expect(parseText('språk nb')).toEqual({ command: 'language', query: 'nb' });
    expect(parseText('')).toEqual({ command: 'help', query: '' });
  });

  it('treats free text as a question', () => {
    expect(parseText('which hospitals take part?')).toEqual({ command: 'ask', query: 'which hospitals take part?' });
  });
});

describe('route', () => {
  it('answers every content command with sources and an as-of date', () => {
    const settings = ['language', 'subscribe', 'unsubscribe', 'subscriptions'];
    for (const c of COMMANDS.filter((x) => !settings.includes(x.name))) {
      for (const lang of ['en', 'nb'] as const) {
        const reply = route({ command: c.name, query: c.name === 'ask' ? 'What is the NCT number?' : '', lang });
        expect(isValid(reply), c.name).toBe(true);
        expect(reply.sources.length, `${c.name} cites sources`).toBeGreaterThan(0);
        expect(
          reply.context.some((line) => /^(As of|Per) /.test(line)),
          `${c.name} shows how current it is`,
        ).toBe(true);
        expect(reply.visibility).toBe('ephemeral');
      }
    }
  });

  it('answers questions with ask() in the question language, citing its sources', () => {
    const reply = route({ text: 'Hvem er sponsor for studien?', lang: 'en' });
    expect(reply.kind).toBe('answer');
    expect(reply.lang).toBe('nb');
    expect(reply.fallback).toContain('Oslo universitetssykehus');
    expect(reply.sources[0]?.url).toMatch(/^https:/);
  });

  it('declines medical advice and says so in the reply kind', () => {
    expect(route({ text: 'should my mother take olaparib?', lang: 'en' }).kind).toBe('advice-declined');
  });

  it('lists sites by region, and only that region', () => {
    const reply = route({ text: 'sites helse vest', lang: 'en' });
    const titles = reply.sections[0]?.items?.map((i) => i.title) ?? [];
    expect(titles).toHaveLength(4);
    expect(titles.join(' ')).toContain('Bergen');
    expect(titles.join(' ')).not.toContain('Vestfold');
  });

  it('knows a region by the everyday names ask() knows (sites vestlandet)', () => {
    const titles = (text: string) => route({ text, lang: 'nb' }).sections[0]?.items?.map((i) => i.title);
    expect(titles('sykehus vestlandet')).toEqual(titles('sites helse vest'));
    expect(titles('sites vestlandet')).toHaveLength(4);
  });

  it('pages long lists instead of cutting them, and the buttons lead to the next page', () => {
    const first = route({ command: 'drugs', lang: 'en' });
    expect(first.page).toEqual({ index: 0, count: 2 });
    expect(first.sections[0]?.items).toHaveLength(PAGE_SIZE);
    const next = first.actions.find((a) => a.id === 'page-next');
    expect(next).toBeDefined();
    const second = route({ action: next?.value, lang: 'en' });
    expect(second.page).toEqual({ index: 1, count: 2 });
    const all = [...(first.sections[0]?.items ?? []), ...(second.sections[0]?.items ?? [])].map((i) => i.title);
    expect(new Set(all).size).toBe(15);
    expect(second.actions.map((a) => [a.id, a.label])).toEqual([['page-previous', 'Previous']]);
  });

  it('asks the platform to store a language, and refuses an unknown one', () => {
    expect(route({ text: 'language nb', lang: 'en' }).effect).toEqual({ type: 'set-language', lang: 'nb' });
    const bad = route({ text: 'language de', lang: 'en' });
    expect(bad.kind).toBe('error');
    expect(bad.effect).toBeUndefined();
  });

  it('turns subscribe, unsubscribe and subscriptions into effects, with topics and language parsed', () => {
    expect(route({ text: 'subscribe', lang: 'nb' }).effect).toEqual({
      type: 'subscriptions',
      action: 'subscribe',
      topics: ['news', 'cohorts-partners', 'results', 'funding', 'registry'],
      lang: 'nb',
    });
    expect(route({ text: 'abonner register nb', lang: 'en' }).effect).toEqual({
      type: 'subscriptions',
      action: 'subscribe',
      topics: ['registry'],
      lang: 'nb',
    });
    expect(route({ text: 'abonner resultater, news en', lang: 'nb' }).effect).toEqual({
      type: 'subscriptions',
      action: 'subscribe',
      topics: ['results', 'news'],
      lang: 'en',
    });
    expect(route({ command: 'unsubscribe', lang: 'en' }).effect).toEqual({
      type: 'subscriptions',
      action: 'unsubscribe',
    });
    expect(route({ text: 'abonnementer', lang: 'nb' }).effect).toEqual({ type: 'subscriptions', action: 'list' });
  });

  it('rejects an unknown topic without subscribing, naming the topics there are', () => {
    const r = route({ text: 'subscribe gossip', lang: 'en' });
    expect(r.kind).toBe('error');
    expect(r.effect).toBeUndefined();
    expect(r.fallback).toContain('cohorts-partners');
    expect(r.fallback).toContain('registry');
    expect(route({ text: 'abonner sladder', lang: 'nb' }).fallback).toContain('register');
  });

  it("reports subscription outcomes in the asker's language", () => {
    const view = { channelId: 'C1', lang: 'en' as const, topics: ['news' as const], active: true };
    expect(subscriptionReply({ action: 'subscribe', subscription: view }, 'nb').fallback).toMatch(
      /på engelsk, fra nå av/,
    );
    expect(subscriptionReply({ action: 'unsubscribe', removed: false }, 'en').fallback).toMatch(/had no subscription/);
    const listed = subscriptionReply(
      { action: 'list', subscriptions: [{ ...view, active: false, inactiveReason: 'is_archived' }] },
      'en',
    );
    expect(listed.fallback).toMatch(/#C1[\s\S]*paused: is_archived/);
    expect(subscriptionReply({ action: 'denied', reason: 'not-in-channel' }, 'en').kind).toBe('error');
  });

  it('never throws and always gives a usable reply, for any text or button value', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000 }), fc.constantFrom('en' as const, 'nb' as const), (text, lang) => {
        expect(isValid(route({ text, lang }))).toBe(true);
        expect(isValid(route({ action: text, lang }))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the answer of a question valid under the Answer schema', () => {
    const r = route({ text: 'ask <!channel> what is the NCT number?', lang: 'en' });
    expect(answerSchema.shape.kind.safeParse(r.kind).success).toBe(true);
    expect(r.sections[0]?.text).not.toContain('<!channel>');
  });
});

describe('actions', () => {
  it('round-trips and rejects foreign values', () => {
    const v = encodeAction({ command: 'sites', query: 'helse|vest', page: 2 });
    expect(decodeAction(v)).toEqual({ command: 'sites', query: 'helse|vest', page: 2 });
    expect(v.length).toBeLessThanOrEqual(100);
    expect(decodeAction('x|y')).toBeUndefined();
    expect(decodeAction('p|sites|9999|x')).toBeUndefined();
  });
});

describe('suggest', () => {
  it('matches without diacritics, prefix first, at most 25', () => {
    expect(suggest('site', 'tromso', 'en')[0]?.name).toContain('Tromsø');
    expect(suggest('drug', 'SELP', 'en').map((s) => s.value)).toEqual(['selpercatinib']);
    expect(suggest('site', '', 'nb').length).toBeLessThanOrEqual(25);
    expect(suggest('gene', 'br', 'en').map((s) => s.name)).toEqual(['BRAF', 'BRCA1', 'BRCA2']);
  });
});

describe('commands', () => {
  it('have unique names in both languages', () => {
    const names = COMMANDS.flatMap((c) => [c.name, c.nameNb]);
    const unique = new Set(COMMANDS.map((c) => c.name));
    expect(unique.size).toBe(COMMANDS.length);
    for (const c of COMMANDS) expect(findCommand(c.nameNb)?.name).toBe(c.name);
    expect(names.every((n) => /^[a-z]{2,32}$/.test(n))).toBe(true);
  });
});

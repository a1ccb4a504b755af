import { describe, expect, it } from 'vitest';
import { renderTerminal, terminalSafe } from './render-terminal';
import { route } from './route';
import { fixedReplies } from './testing';

describe('renderTerminal', () => {
  it('draws title, items, sources and the as-of line', () => {
    const text = renderTerminal(route({ text: 'sites tromso', lang: 'nb' }));
    expect(text).toMatch(/^Studiesteder\n/);
    expect(text).toContain('Universitetssykehuset Nord-Norge HF');
    expect(text).toContain('Kilder');
    expect(text).toMatch(/Per \d+\. \w+ \d{4}/);
  });

  it('strips terminal escape sequences from untrusted text', () => {
    expect(terminalSafe('a\u001b[2Jb\u0007c')).toBe('abc');
    const text = renderTerminal(route({ text: '\u001b[31mwhat is the nct number', lang: 'en' }));
    expect(text).not.toContain('\u001b[31m');
  });
});

describe('renderTerminal of fixed replies', () => {
  const fixed = fixedReplies();
  it('draws a list with paging', () => {
    expect(renderTerminal(fixed.pagedList)).toMatchInlineSnapshot(`
      "Fixture list
      • Fixture *item* <!channel> @everyone (Meta 9)
        Text of item 9.
      • Fixture item 10 (Meta 10)
        https://example.org/item/10

      Sources
        Example publisher: https://example.org/fixture-source
      Page 2 of 2 (10 in all)
      As of 31 January 2026
      [Previous: type "next" or "previous"]
      "
    `);
  });
  it('draws an answer with sources', () => {
    expect(renderTerminal(fixed.answer)).toMatchInlineSnapshot(`
      "Svar
      Fixture answer text.

      Kilder
        Example publisher: https://example.org/fixture-source
        Second: https://example.org/second
      Spørsmål: fixture question?
      Per 1. februar 2026
      "
    `);
  });
  it('draws an advice decline', () => {
    expect(renderTerminal(fixed.adviceDeclined)).toMatchInlineSnapshot(`
      "Talk to your doctor
      Fixture decline text.

      Fixture heading
      Fixture general facts.

      Sources
        Example publisher: https://example.org/fixture-source
      As of 2 February 2026
      "
    `);
  });
  it('draws an announcement', () => {
    expect(renderTerminal(fixed.announcement)).toMatchInlineSnapshot(`
      "Fixture announcement
      Fixture summary with <@U123> and **markdown**.
      Date: 4 March 2026
      Read more: https://example.org/fixture-news

      Sources
        Example publisher: https://example.org/fixture-source
      IMPRESS-Norway update. Not medical advice.
      "
    `);
  });
});

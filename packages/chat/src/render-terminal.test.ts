import { describe, expect, it } from 'vitest';
import { renderTerminal, terminalSafe } from './render-terminal';
import { route } from './route';

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

import { describe, expect, it } from 'vitest';
import { STRINGS } from './strings';

/** Every entry must exist in both languages with the same shape: text, template or table of texts. */
function problems(key: string, en: unknown, nb: unknown): string[] {
  if (typeof en !== typeof nb) return [`${key}: en is ${typeof en}, nb is ${typeof nb}`];
  if (typeof en === 'string') return en.trim() && (nb as string).trim() ? [] : [`${key}: empty text`];
  if (typeof en === 'function') {
    const args = Array.from({ length: en.length }, (_, i) => `arg${i}`);
    const [a, b] = [(en as (...x: string[]) => string)(...args), (nb as (...x: string[]) => string)(...args)];
    return args.every((x) => a.includes(x) && b.includes(x)) ? [] : [`${key}: a template drops an argument`];
  }
  const [ek, nk] = [Object.keys(en as object).sort(), Object.keys(nb as object).sort()];
  if (ek.join() !== nk.join()) return [`${key}: en has ${ek}, nb has ${nk}`];
  return ek.flatMap((k) =>
    problems(`${key}.${k}`, (en as Record<string, unknown>)[k], (nb as Record<string, unknown>)[k]),
  );
}

describe('STRINGS', () => {
  it('has every key in both nb and en, with the same shape and every template argument used', () => {
    const found = Object.entries(STRINGS).flatMap(([key, value]) => {
      const langs = Object.keys(value).sort().join();
      if (langs !== 'en,nb') return [`${key}: has ${langs}`];
      return problems(key, value.en, value.nb);
    });
    expect(found).toEqual([]);
  });
});

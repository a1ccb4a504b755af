import { describe, expect, it } from 'vitest';
import { REPLIES } from './ask/replies';
import { STRINGS } from './strings';

/** Every entry must exist in both languages with the same shape, and a template must use every argument. */
function problems(key: string, value: Record<string, unknown>): string[] {
  const langs = Object.keys(value).sort().join();
  if (langs !== 'en,nb') return [`${key}: has ${langs}`];
  const { en, nb } = value;
  if (typeof en !== typeof nb) return [`${key}: en is ${typeof en}, nb is ${typeof nb}`];
  if (typeof en === 'string') return en.trim() && (nb as string).trim() ? [] : [`${key}: empty text`];
  const args = Array.from({ length: (en as () => string).length }, (_, i) => `arg${i}`);
  const texts = [(en as (...a: string[]) => string)(...args), (nb as (...a: string[]) => string)(...args)];
  return texts.every((t) => args.every((a) => t.includes(a))) ? [] : [`${key}: a template drops an argument`];
}

describe('the strings tables', () => {
  it('have every key in both nb and en, with the same shape and every template argument used', () => {
    const all = { ...STRINGS, ...REPLIES } as Record<string, Record<string, unknown>>;
    expect(Object.entries(all).flatMap(([key, value]) => problems(key, value))).toEqual([]);
  });
});

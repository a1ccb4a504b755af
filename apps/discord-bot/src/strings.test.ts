import { describe, expect, it } from 'vitest';
import { DISCORD_STRINGS } from './strings';

describe('DISCORD_STRINGS', () => {
  it('has every key in both nb and en, none empty', () => {
    const found = Object.entries(DISCORD_STRINGS).filter(
      ([, v]) => Object.keys(v).sort().join() !== 'en,nb' || !v.en.trim() || !v.nb.trim(),
    );
    expect(found.map(([key]) => key)).toEqual([]);
  });
});

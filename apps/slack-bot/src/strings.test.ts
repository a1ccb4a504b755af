import { describe, expect, it } from 'vitest';
import { SLACK_STRINGS } from './strings';

describe('SLACK_STRINGS', () => {
  it('has every key in both nb and en, none empty', () => {
    const found = Object.entries(SLACK_STRINGS).filter(
      ([, v]) => Object.keys(v).sort().join() !== 'en,nb' || !v.en.trim() || !v.nb.trim(),
    );
    expect(found.map(([key]) => key)).toEqual([]);
  });
});

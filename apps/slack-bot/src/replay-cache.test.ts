import { describe, expect, it } from 'vitest';
import { ReplayCache } from './replay-cache';

describe('ReplayCache', () => {
  it('holds a key until it expires, and gives it back on delete', () => {
    let t = 1000;
    const cache = new ReplayCache(10, () => t);
    cache.add(['a'], 2000);
    expect(cache.has(['x', 'a'])).toBe(true);
    t = 2000;
    expect(cache.has(['a'])).toBe(false);
    cache.add(['b'], 5000);
    cache.delete(['b']);
    expect(cache.has(['b'])).toBe(false);
  });

  it('keeps at most its cap, dropping the oldest keys, and sweeps expired ones', () => {
    let t = 0;
    const cache = new ReplayCache(3, () => t);
    for (const k of ['a', 'b', 'c', 'd']) cache.add([k], 100);
    expect(cache.size).toBe(3);
    expect(cache.has(['a'])).toBe(false);
    expect(cache.has(['d'])).toBe(true);
    t = 200;
    cache.add(['e'], 300);
    expect(cache.size).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { RateLimiter, rateLimitedReply } from './rate-limit';

describe('RateLimiter', () => {
  it('allows the limit per window per key, then refuses until the window moves', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 1000, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(limiter.take('b')).toBe(true);
    now = 999;
    expect(limiter.take('a')).toBe(false);
    now = 1001;
    expect(limiter.take('a')).toBe(true);
  });

  it('forgets old keys beyond its bound', () => {
    const limiter = new RateLimiter(1, 1000, () => 0, 2);
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    expect(limiter.take('a')).toBe(true);
  });

  it('has a polite reply in both languages', () => {
    expect(rateLimitedReply('nb').fallback).toMatch(/Vent et minutt/);
    expect(rateLimitedReply('en').kind).toBe('error');
  });
});

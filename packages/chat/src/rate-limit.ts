import type { Lang } from '@impress-norway/core';
import { errorReply } from './build-reply';
import type { Reply } from './reply';
import { STRINGS } from './strings';

/**
 * A per-key sliding-window limit (for example 20 commands a minute per user). Memory is bounded:
 * keys with no recent use are forgotten.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit = 20,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {}

  /** Counts one use; false when the key has used up its allowance for the window. */
  take(key: string): boolean {
    const t = this.now();
    const recent = (this.hits.get(key) ?? []).filter((at) => t - at < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(t);
    this.hits.delete(key);
    this.hits.set(key, recent);
    if (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value as string);
    return true;
  }
}

/** The polite reply to someone who is over the limit. */
export function rateLimitedReply(lang: Lang): Reply {
  return errorReply(lang, STRINGS.rateLimitedTitle, STRINGS.rateLimited);
}

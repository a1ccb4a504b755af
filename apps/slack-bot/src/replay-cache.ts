import type { DatabaseReplayStore, MemoryReplayStore } from './replay-store';

/**
 * Keys of Slack requests already taken, each until it expires, in this process's memory (the
 * {@link MemoryReplayStore} behind the guard when no database is shared; replicas share
 * {@link DatabaseReplayStore} instead).
 */
export class ReplayCache {
  private readonly expiries = new Map<string, number>();

  /**
   * @param max - Most keys kept; past it the oldest go first, so a flood cannot grow memory without
   *   bound (at Slack's request rates for one app the cap is never reached within the window).
   * @param now - Milliseconds since the epoch; injectable for tests.
   */
  constructor(
    private readonly max = REPLAY_CACHE_MAX_KEYS,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when any of `keys` was taken and has not expired. */
  has(keys: readonly string[]): boolean {
    const t = this.now();
    return keys.some((k) => (this.expiries.get(k) ?? 0) > t);
  }

  /** Takes `keys` until `until` (epoch ms). */
  add(keys: readonly string[], until: number): void {
    this.sweep();
    for (const k of keys) {
      this.expiries.delete(k);
      this.expiries.set(k, until);
    }
    while (this.expiries.size > this.max) {
      const oldest = this.expiries.keys().next().value;
      if (oldest === undefined) break;
      this.expiries.delete(oldest);
    }
  }

  /** Gives keys back, so a request that failed can be retried by Slack. */
  delete(keys: readonly string[]): void {
    for (const k of keys) this.expiries.delete(k);
  }

  /** Keys held now (for tests and metrics). */
  get size(): number {
    return this.expiries.size;
  }

  /**
   * Drops expired keys; answers how many went. Keys are added in roughly expiry order, so dropping
   * them from the front is cheap and keeps the map near the number of live keys.
   */
  sweep(): number {
    const t = this.now();
    let gone = 0;
    for (const [k, until] of this.expiries) {
      if (until > t) break;
      this.expiries.delete(k);
      gone++;
    }
    return gone;
  }
}

/** Most request keys one process keeps (three per request: about 30,000 requests in the window). */
export const REPLAY_CACHE_MAX_KEYS = 100_000;

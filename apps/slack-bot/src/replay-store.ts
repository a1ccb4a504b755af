import { type Database, RequestKeys } from '@impress-norway/db';
import { ReplayCache } from './replay-cache';

/**
 * Where the receiver's replay guard keeps the keys of Slack requests it has taken (signature, body
 * hash, event id). With {@link DatabaseReplayStore} every replica on one database shares them.
 */
export interface ReplayStore {
  /**
   * Takes all of `keys` for `holdMs` on the store's clock, atomically: false, taking none, when any of
   * them is already taken and not expired. Of two claims sharing a key, exactly one wins.
   */
  claim(keys: readonly string[], holdMs: number): Promise<boolean>;
  /** Gives keys back, so Slack's retry of a request that ran nothing or failed runs. */
  release(keys: readonly string[]): Promise<void>;
  /** Drops expired keys; answers how many went. */
  sweep(): Promise<number>;
}

/** Keys in this process's memory: the store when no database is shared (one replica). */
export class MemoryReplayStore implements ReplayStore {
  constructor(
    private readonly cache = new ReplayCache(),
    private readonly now: () => number = Date.now,
  ) {}

  // has and add run with no await between them, so two claims in this process cannot interleave.
  async claim(keys: readonly string[], holdMs: number): Promise<boolean> {
    if (this.cache.has(keys)) return false;
    this.cache.add(keys, this.now() + holdMs);
    return true;
  }

  async release(keys: readonly string[]): Promise<void> {
    this.cache.delete(keys);
  }

  async sweep(): Promise<number> {
    return this.cache.sweep();
  }
}

/**
 * Keys in the database's `slack_request_keys` table, held on the database's clock, so replicas
 * behind a load balancer (and replicas whose clocks differ) catch each other's replays. Each claim
 * also sweeps a bounded batch of expired keys.
 */
export class DatabaseReplayStore implements ReplayStore {
  private readonly keys: RequestKeys;

  /** @param onSweepError - Told when sweeping fails; the claim it followed stands. */
  constructor(database: Database, onSweepError?: (error: unknown) => void) {
    this.keys = new RequestKeys(database.db, database.dialect, onSweepError);
  }

  claim(keys: readonly string[], holdMs: number): Promise<boolean> {
    return this.keys.claim(keys, holdMs);
  }

  release(keys: readonly string[]): Promise<void> {
    return this.keys.release(keys);
  }

  sweep(): Promise<number> {
    return this.keys.sweep();
  }
}

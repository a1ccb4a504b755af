import type { Database } from '@impress-norway/db';
import type { Clock } from '../../types';
import { fetchRegistryRecord } from './fetch-record';
import { type RegistryRecordOutcome, recordRegistryLook } from './state';

/** Default API base of ClinicalTrials.gov (IMPRESS_REGISTRY_URL). */
export const DEFAULT_REGISTRY_URL = 'https://clinicaltrials.gov/api/v2';
/** Default seconds between looks at a study (IMPRESS_REGISTRY_POLL_SECONDS): four times a day. */
export const DEFAULT_REGISTRY_POLL_SECONDS = 21_600;
/** First wait after a failed look; it doubles with each failure, up to the poll interval. */
export const REGISTRY_FIRST_RETRY_MS = 60_000;

/** Options of {@link RegistryWatch}. */
export interface RegistryWatchOptions {
  /** API base (default {@link DEFAULT_REGISTRY_URL}). */
  baseUrl?: string;
  /** Seconds between looks at a study whose last look worked (default 21600). */
  pollSeconds?: number;
  /** Give up on one response after this long (default 15 s). */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** When looks are due (default `Date.now`); stored times always come from the database's clock. */
  now?: Clock;
  random?: () => number;
}

/** How one look at one study went. */
export type RegistryPollOutcome =
  | (Exclude<RegistryRecordOutcome, { kind: 'unknown' }> & { nextInMs: number })
  | { kind: 'unknown'; reason: string; retryInMs: number }
  | { kind: 'not-due' };

interface StudyState {
  failures: number;
  nextPollAt: number;
}

/**
 * Watches the ClinicalTrials.gov record of each study: looks at it every poll interval, compares it
 * with the stored snapshot and announces the differences (topic `registry`). A failed look (HTTP
 * error, 429, timeout, not JSON, unexpected shape) is unknown: it is kept as the study's last error,
 * announces nothing, and is retried after an exponential backoff with jitter, or after the
 * registry's Retry-After when that is longer. Due times live in memory: after a restart every study
 * is looked at once, which the stored snapshot makes harmless.
 */
export class RegistryWatch {
  private readonly state = new Map<string, StudyState>();
  private readonly stopping = new AbortController();

  constructor(
    private readonly database: Database,
    readonly ids: readonly string[],
    private readonly options: RegistryWatchOptions = {},
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private pollMs(): number {
    return (this.options.pollSeconds ?? DEFAULT_REGISTRY_POLL_SECONDS) * 1000;
  }

  /** Ends a look in flight and makes later ones do nothing (shutdown: no wait for a slow registry). */
  stop(): void {
    this.stopping.abort();
  }

  /** Looks at every study that is due, one after another (the registry asks for gentle clients); never throws. */
  async pollDue(): Promise<Map<string, RegistryPollOutcome>> {
    const out = new Map<string, RegistryPollOutcome>();
    for (const id of this.ids) out.set(id, await this.poll(id));
    return out;
  }

  /** Looks at one study if it is due (or `force`); never throws. */
  async poll(nctId: string, force = false): Promise<RegistryPollOutcome> {
    const s = this.state.get(nctId) ?? { failures: 0, nextPollAt: 0 };
    this.state.set(nctId, s);
    if (this.stopping.signal.aborted || (!force && this.now() < s.nextPollAt)) return { kind: 'not-due' };
    const look = await fetchRegistryRecord(nctId, {
      baseUrl: this.options.baseUrl ?? DEFAULT_REGISTRY_URL,
      ...(this.options.timeoutMs ? { timeoutMs: this.options.timeoutMs } : {}),
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
      signal: this.stopping.signal,
    });
    if (this.stopping.signal.aborted) return { kind: 'not-due' };
    let outcome: RegistryRecordOutcome;
    try {
      outcome = await recordRegistryLook(this.database, nctId, look);
    } catch (error) {
      // The database failed: nothing was stored, so the next look simply tries again.
      outcome = { kind: 'unknown', reason: `database: ${(error as Error).message}` };
    }
    if (outcome.kind !== 'unknown') {
      s.failures = 0;
      s.nextPollAt = this.now() + this.pollMs();
      return { ...outcome, nextInMs: this.pollMs() };
    }
    s.failures += 1;
    const ceiling = Math.min(this.pollMs(), REGISTRY_FIRST_RETRY_MS * 2 ** (s.failures - 1));
    const jittered = Math.round(ceiling / 2 + (this.options.random ?? Math.random)() * (ceiling / 2));
    // Retry-After is honoured up to one poll interval: a header asking for years would stop the watch.
    const asked = look.kind === 'unknown' ? Math.min(look.retryAfterMs ?? 0, this.pollMs()) : 0;
    const retryInMs = Math.max(jittered, asked);
    s.nextPollAt = this.now() + retryInMs;
    return { kind: 'unknown', reason: outcome.reason, retryInMs };
  }
}

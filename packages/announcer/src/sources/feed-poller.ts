import type { Schema } from '@impress-norway/db';
import type { Kysely } from 'kysely';
import { type IngestResult, ingest } from '../ingest';
import type { Clock } from '../types';
import { boundedKey, feedItems } from './feed-items';
import { MAX_FEED_REDIRECTS, refusedRedirect } from './redirects';

/** Largest feed body read; bigger feeds are refused rather than held in memory. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

/** Most new items of one feed announced per poll unless set (IMPRESS_FEED_MAX_NEW). */
export const DEFAULT_MAX_NEW_PER_POLL = 20;

/** Options of {@link FeedPoller}. */
export interface FeedPollerOptions {
  /**
   * Follow redirects to loopback, private and link-local addresses (IMPRESS_FEED_ALLOW_PRIVATE;
   * default off). The configured feed URLs themselves are the operator's and always fetched.
   */
  allowPrivateRedirects?: boolean;
  /** Most new items announced from one poll of one feed, newest first; the rest are marked seen (default 20). */
  maxNewPerPoll?: number;
  /** Seconds between polls of a healthy feed (IMPRESS_POLL_SECONDS, default 300). */
  pollSeconds?: number;
  /** A fetch that takes longer fails (default 15 s). */
  timeoutMs?: number;
  /** Longest wait after repeated failures (default 1 hour). */
  maxBackoffMs?: number;
  fetch?: typeof fetch;
  now?: Clock;
  random?: () => number;
}

/** How one poll of one feed went. */
export type PollOutcome =
  | ({ kind: 'fetched' } & IngestResult)
  | { kind: 'not-modified' }
  | { kind: 'error'; error: string; retryInMs: number }
  | { kind: 'not-due' };

interface FeedState {
  etag?: string;
  lastModified?: string;
  failures: number;
  nextPollAt: number;
}

async function readCapped(res: Response): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > MAX_FEED_BYTES) throw new Error(`feed is ${declared} bytes, more than ${MAX_FEED_BYTES}`);
  const reader = res.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_FEED_BYTES) {
      await reader.cancel();
      throw new Error(`feed is more than ${MAX_FEED_BYTES} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Polls external RSS, Atom and JSON feeds (IMPRESS_FEEDS) with conditional GET, and backs off
 * exponentially with jitter when a feed fails, so one broken feed never holds up the others. Each
 * feed is its own source: its first successful fetch marks everything seen and posts nothing.
 * Validators and backoff live in memory; after a restart a feed is fetched in full once, which the
 * seen-item keys make harmless.
 */
export class FeedPoller {
  private readonly state = new Map<string, FeedState>();

  constructor(
    private readonly db: Kysely<Schema>,
    readonly urls: readonly string[],
    private readonly options: FeedPollerOptions = {},
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** Polls every due feed; never throws. */
  async pollDue(): Promise<Map<string, PollOutcome>> {
    const out = new Map<string, PollOutcome>();
    await Promise.all(this.urls.map(async (url) => out.set(url, await this.poll(url))));
    return out;
  }

  /** Polls one feed if it is due (or `force`); never throws. */
  async poll(url: string, force = false): Promise<PollOutcome> {
    const s = this.state.get(url) ?? { failures: 0, nextPollAt: 0 };
    this.state.set(url, s);
    if (!force && this.now() < s.nextPollAt) return { kind: 'not-due' };
    try {
      const res = await this.fetchFollowing(url, s);
      if (res.status === 304) return this.healthy(s, { kind: 'not-modified' });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const items = await feedItems(url, await readCapped(res));
      const result = await ingest(this.db, boundedKey(`feed:${url}`), items, {
        ...(this.options.now ? { now: this.options.now } : {}),
        maxNew: this.options.maxNewPerPoll ?? DEFAULT_MAX_NEW_PER_POLL,
      });
      s.etag = res.headers.get('etag') ?? undefined;
      s.lastModified = res.headers.get('last-modified') ?? undefined;
      return this.healthy(s, { kind: 'fetched', ...result });
    } catch (error) {
      s.failures += 1;
      const ceiling = Math.min(this.options.maxBackoffMs ?? 3_600_000, this.pollMs() * 2 ** (s.failures - 1));
      const retryInMs = Math.round(ceiling / 2 + (this.options.random ?? Math.random)() * (ceiling / 2));
      s.nextPollAt = this.now() + retryInMs;
      const name = (error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message;
      return { kind: 'error', error: name, retryInMs };
    }
  }

  /**
   * Fetches with redirects followed by hand: at most {@link MAX_FEED_REDIRECTS}, each checked by
   * {@link refusedRedirect} (no downgrade to http, no private addresses unless allowed).
   */
  private async fetchFollowing(url: string, s: FeedState): Promise<Response> {
    const signal = AbortSignal.timeout(this.options.timeoutMs ?? 15_000);
    let current = new URL(url);
    for (let hop = 0; ; hop++) {
      const res = await (this.options.fetch ?? fetch)(current, {
        headers: {
          accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5',
          'user-agent': 'impress-norway-announcer (+https://github.com/impress-norway)',
          ...(s.etag ? { 'if-none-match': s.etag } : {}),
          ...(s.lastModified ? { 'if-modified-since': s.lastModified } : {}),
        },
        signal,
        redirect: 'manual',
      });
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || res.status === 304 || !location) return res;
      await res.body?.cancel();
      if (hop >= MAX_FEED_REDIRECTS) throw new Error(`too many redirects (more than ${MAX_FEED_REDIRECTS})`);
      const next = new URL(location, current);
      const refused = await refusedRedirect(current, next, this.options.allowPrivateRedirects ?? false);
      if (refused) throw new Error(refused);
      current = next;
    }
  }

  private pollMs(): number {
    return (this.options.pollSeconds ?? 300) * 1000;
  }

  private healthy<T extends PollOutcome>(s: FeedState, outcome: T): T {
    s.failures = 0;
    s.nextPollAt = this.now() + this.pollMs();
    return outcome;
  }
}

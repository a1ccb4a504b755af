/** Counts uses per key; `false` once a key is over its allowance (the bots' RateLimiter fits). */
export interface Limiter {
  take(key: string): boolean;
}

/** What the web front needs from the process. */
export interface WebOptions {
  /** Rate limit for questions (the form and `/api/ask`), shared with the bots' per-minute allowance. */
  limiter: Limiter;
  /**
   * How many proxies in front of the server append to X-Forwarded-For (IMPRESS_TRUSTED_PROXY_HOPS);
   * 0 (the default) limits by the socket's address and never reads the header.
   */
  trustedProxyHops?: number;
  /** Told of a request that failed; the client gets a 500 (JSON under `/api/`). */
  onError?: (error: unknown) => void;
}

import { existsSync } from 'node:fs';
import { checkEnv, commonEnv, optionalText, wholeNumber } from '@impress-norway/config';

/** The one-process server's own settings; each bot reads its own. */
export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl?: string;
  feedBaseUrl?: string;
  logLevel: string;
  rateLimitPerMinute: number;
  /** Proxies in front of the server that append to X-Forwarded-For; 0 trusts no header. */
  trustedProxyHops: number;
}

/** Reads `.env` when present (without overriding what the environment already sets). */
export function loadDotEnv(path = '.env'): boolean {
  if (!existsSync(path)) return false;
  process.loadEnvFile(path);
  return true;
}

/** Thrown for a setting that cannot be used; the message names it. */
export class ServerConfigError extends Error {}

// The shared settings parse as in the bots; the server adds its own.
const serverEnv = commonEnv.pick({ DATABASE_URL: true, LOG_LEVEL: true }).extend({
  PORT: wholeNumber(8080, 0, 65535),
  HOST: optionalText,
  FEED_BASE_URL: optionalText,
  IMPRESS_RATE_LIMIT_PER_MINUTE: wholeNumber(20, 1, 10_000),
  IMPRESS_TRUSTED_PROXY_HOPS: wholeNumber(0, 0, 10),
});

/**
 * Parses the environment with a schema built from the shared fragments; a bad setting throws a
 * {@link ServerConfigError} naming it and what it was (`PORT must be a whole number ..., got "x"`).
 */
export function parseEnv<S extends Parameters<typeof checkEnv>[0]>(
  schema: S,
  env: Record<string, string | undefined>,
): Extract<ReturnType<typeof checkEnv<S>>, { ok: true }>['data'] {
  const result = checkEnv(schema, env);
  if (result.ok) return result.data;
  throw new ServerConfigError(result.problems.map((p) => `${p.name} ${p.message}, got "${p.value}"`).join('\n'));
}

/** Validates the server's settings: PORT (default 8080), HOST, DATABASE_URL, FEED_BASE_URL, LOG_LEVEL, IMPRESS_RATE_LIMIT_PER_MINUTE, IMPRESS_TRUSTED_PROXY_HOPS. */
export function readServerConfig(env: Record<string, string | undefined>): ServerConfig {
  const e = parseEnv(serverEnv, env);
  return {
    port: e.PORT,
    host: e.HOST ?? '0.0.0.0',
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    ...(e.FEED_BASE_URL ? { feedBaseUrl: e.FEED_BASE_URL } : {}),
    logLevel: e.LOG_LEVEL,
    rateLimitPerMinute: e.IMPRESS_RATE_LIMIT_PER_MINUTE,
    trustedProxyHops: e.IMPRESS_TRUSTED_PROXY_HOPS,
  };
}

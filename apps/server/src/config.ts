import { existsSync } from 'node:fs';

/** The one-process server's own settings; each bot reads its own. */
export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl?: string;
  feedBaseUrl?: string;
  logLevel: string;
  rateLimitPerMinute: number;
}

/** Reads `.env` when present (without overriding what the environment already sets). */
export function loadDotEnv(path = '.env'): boolean {
  if (!existsSync(path)) return false;
  process.loadEnvFile(path);
  return true;
}

/** Thrown for a setting that cannot be used; the message names it. */
export class ServerConfigError extends Error {}

function int(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new ServerConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

/** Validates the server's settings: PORT (default 8080), HOST, DATABASE_URL, FEED_BASE_URL, LOG_LEVEL, IMPRESS_RATE_LIMIT_PER_MINUTE. */
export function readServerConfig(env: Record<string, string | undefined>): ServerConfig {
  const logLevel = env.LOG_LEVEL?.trim() || 'info';
  // The same four levels the Slack and Discord configs accept: a level only the server knew (trace)
  // used to pass here and then fail the bots' own config at start.
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel))
    throw new ServerConfigError(`LOG_LEVEL must be debug, info, warn or error, got "${logLevel}"`);
  return {
    port: int(env, 'PORT', 8080, 0, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    ...(env.DATABASE_URL?.trim() ? { databaseUrl: env.DATABASE_URL.trim() } : {}),
    ...(env.FEED_BASE_URL?.trim() ? { feedBaseUrl: env.FEED_BASE_URL.trim() } : {}),
    logLevel,
    rateLimitPerMinute: int(env, 'IMPRESS_RATE_LIMIT_PER_MINUTE', 20, 1, 10_000),
  };
}

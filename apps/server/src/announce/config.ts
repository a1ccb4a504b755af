import { DEFAULT_REGISTRY_POLL_SECONDS, DEFAULT_REGISTRY_URL } from '@impress-norway/announcer';
import { wholeNumber } from '@impress-norway/config';
import { previousKeys } from '@impress-norway/slack-bot';
import { z } from 'zod';
import { parseEnv, ServerConfigError } from '../config';
import { scrub } from '../logger';

/** Settings of the announcer (`impress-announce run` and the one-process start). */
export interface AnnounceConfig {
  /** Unset only inside `npm start`, which opens the database itself (default SQLite file). */
  databaseUrl?: string;
  feeds: string[];
  pollSeconds: number;
  /** Most new items of one feed announced per poll (IMPRESS_FEED_MAX_NEW, default 20). */
  maxNewPerPoll: number;
  /** Follow feed redirects to loopback and private addresses (IMPRESS_FEED_ALLOW_PRIVATE=true). */
  allowPrivateRedirects: boolean;
  slack?: { botToken?: string; encryptionKey?: string; previousKeys?: string[]; apiUrl?: string };
  discord?: { token: string; apiUrl?: string };
  /** The ClinicalTrials.gov watch, unless IMPRESS_REGISTRY=off. */
  registry?: RegistryConfig;
  logLevel: string;
}

// The announcer's numbers, parsed with the shared fragments.
const announceEnv = z.object({
  IMPRESS_POLL_SECONDS: wholeNumber(300, 30, 86_400),
  IMPRESS_FEED_MAX_NEW: wholeNumber(20, 1, 1000),
});

/** Settings of the registry watch. */
export interface RegistryConfig {
  /** API base (IMPRESS_REGISTRY_URL, default https://clinicaltrials.gov/api/v2). */
  url: string;
  /** Watched studies (IMPRESS_REGISTRY_IDS, default NCT04817956). */
  ids: string[];
  /** Seconds between looks (IMPRESS_REGISTRY_POLL_SECONDS, default 21600, at least 30). */
  pollSeconds: number;
}

/** Reads IMPRESS_REGISTRY, IMPRESS_REGISTRY_URL, IMPRESS_REGISTRY_IDS and IMPRESS_REGISTRY_POLL_SECONDS. */
export function readRegistryConfig(env: Record<string, string | undefined>): RegistryConfig | undefined {
  const get = (name: string) => env[name]?.trim() || undefined;
  const switchRaw = get('IMPRESS_REGISTRY')?.toLowerCase();
  if (switchRaw === 'off') return undefined;
  if (switchRaw !== undefined && switchRaw !== 'on')
    throw new ServerConfigError(`IMPRESS_REGISTRY must be on or off, got "${scrub(switchRaw.slice(0, 40))}"`);
  const url = get('IMPRESS_REGISTRY_URL') ?? DEFAULT_REGISTRY_URL;
  let ok = false;
  try {
    ok = /^https?:$/.test(new URL(url).protocol);
  } catch {
    ok = false;
  }
  if (!ok)
    throw new ServerConfigError(
      `IMPRESS_REGISTRY_URL must be an http(s) URL such as ${DEFAULT_REGISTRY_URL}, got "${scrub(url.slice(0, 200))}"`,
    );
  const ids = [
    ...new Set(
      (get('IMPRESS_REGISTRY_IDS') ?? 'NCT04817956')
        .split(',')
        .map((id) => id.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
  const bad = ids.find((id) => !/^NCT\d{8}$/.test(id));
  if (bad !== undefined)
    throw new ServerConfigError(
      `IMPRESS_REGISTRY_IDS: "${scrub(bad.slice(0, 40))}" is not a ClinicalTrials.gov id (NCT and 8 digits, such as NCT04817956)`,
    );
  if (!ids.length)
    throw new ServerConfigError('IMPRESS_REGISTRY_IDS is empty; set IMPRESS_REGISTRY=off to stop the watch');
  const pollRaw = get('IMPRESS_REGISTRY_POLL_SECONDS') ?? String(DEFAULT_REGISTRY_POLL_SECONDS);
  const pollSeconds = Number(pollRaw);
  if (!Number.isInteger(pollSeconds) || pollSeconds < 30 || pollSeconds > 604_800)
    throw new ServerConfigError(
      `IMPRESS_REGISTRY_POLL_SECONDS must be a whole number from 30 to 604800, got "${scrub(pollRaw.slice(0, 40))}"`,
    );
  return { url, ids, pollSeconds };
}

function feedUrls(raw: string | undefined): string[] {
  const urls = (raw ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  for (const u of urls) {
    let ok = false;
    try {
      ok = /^https?:$/.test(new URL(u).protocol);
    } catch {
      ok = false;
    }
    // The entry is shown scrubbed: private feed URLs carry credentials in the userinfo or the query.
    if (!ok) throw new ServerConfigError(`IMPRESS_FEEDS: "${scrub(u.slice(0, 200))}" is not an http(s) URL`);
  }
  return [...new Set(urls)];
}

/**
 * Reads DATABASE_URL (required: bots and workers share it), IMPRESS_FEEDS, IMPRESS_POLL_SECONDS
 * (default 300, at least 30), IMPRESS_FEED_MAX_NEW (default 20, 1 to 1000), IMPRESS_FEED_ALLOW_PRIVATE, and the platform credentials: SLACK_BOT_TOKEN or IMPRESS_ENCRYPTION_KEY
 * (OAuth installations), SLACK_API_URL, DISCORD_TOKEN, DISCORD_API_URL, and the registry watch's
 * settings ({@link readRegistryConfig}).
 */
export function readAnnounceConfig(
  env: Record<string, string | undefined>,
  options: { needDatabaseUrl?: boolean } = {},
): AnnounceConfig {
  const get = (name: string) => env[name]?.trim() || undefined;
  const databaseUrl = get('DATABASE_URL');
  if (!databaseUrl && options.needDatabaseUrl !== false)
    throw new ServerConfigError(
      'DATABASE_URL is required for announcements: a SQLite file path or postgres://, the same the bots use',
    );
  const { IMPRESS_POLL_SECONDS: pollSeconds, IMPRESS_FEED_MAX_NEW: maxNewPerPoll } = parseEnv(announceEnv, env);
  const registry = readRegistryConfig(env);
  const slackToken = get('SLACK_BOT_TOKEN');
  const encryptionKey = get('IMPRESS_ENCRYPTION_KEY');
  const discordToken = get('DISCORD_TOKEN');
  const slackApi = get('SLACK_API_URL');
  const discordApi = get('DISCORD_API_URL');
  return {
    ...(databaseUrl ? { databaseUrl } : {}),
    feeds: feedUrls(get('IMPRESS_FEEDS')),
    pollSeconds,
    maxNewPerPoll,
    allowPrivateRedirects: /^(1|true|yes)$/i.test(get('IMPRESS_FEED_ALLOW_PRIVATE') ?? ''),
    ...(slackToken || encryptionKey
      ? {
          slack: {
            ...(slackToken ? { botToken: slackToken } : {}),
            ...(encryptionKey ? { encryptionKey } : {}),
            ...(get('IMPRESS_ENCRYPTION_KEY_PREVIOUS')
              ? { previousKeys: previousKeys(get('IMPRESS_ENCRYPTION_KEY_PREVIOUS')) }
              : {}),
            ...(slackApi ? { apiUrl: slackApi.endsWith('/') ? slackApi : `${slackApi}/` } : {}),
          },
        }
      : {}),
    ...(discordToken ? { discord: { token: discordToken, ...(discordApi ? { apiUrl: discordApi } : {}) } } : {}),
    ...(registry ? { registry } : {}),
    logLevel: get('LOG_LEVEL') ?? 'info',
  };
}

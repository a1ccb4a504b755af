import {
  commonEnv,
  describeIssues,
  type LogLevel,
  optionalPort,
  optionalText,
  optionalUrl,
} from '@impress-norway/config';
import { z } from 'zod';

/** How the app talks to Slack. */
export type SlackMode = 'socket' | 'http' | 'oauth';

// The shared settings (DATABASE_URL, LOG_LEVEL, IMPRESS_DEFAULT_LANG) parse as in every process.
const envSchema = commonEnv.extend({
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_CLIENT_ID: optionalText,
  SLACK_CLIENT_SECRET: optionalText,
  SLACK_STATE_SECRET: optionalText,
  SLACK_API_URL: optionalUrl,
  IMPRESS_ENCRYPTION_KEY: optionalText,
  IMPRESS_ENCRYPTION_KEY_PREVIOUS: optionalText,
  IMPRESS_SLACK_MANAGERS: optionalText.pipe(z.enum(['members', 'admins']).default('members')),
  SLACK_PORT: optionalPort,
  PORT: optionalPort,
});

/** The Slack app's configuration, validated. Secrets stay in here and are never logged. */
export interface SlackConfig {
  mode: SlackMode;
  botToken?: string;
  signingSecret?: string;
  appToken?: string;
  clientId?: string;
  clientSecret?: string;
  stateSecret?: string;
  encryptionKey?: string;
  /** Keys used before a rotation (IMPRESS_ENCRYPTION_KEY_PREVIOUS, comma-separated): still opened. */
  previousKeys?: string[];
  apiUrl?: string;
  defaultLang: 'nb' | 'en';
  /** Who may change announcements and languages (IMPRESS_SLACK_MANAGERS). */
  managers: 'members' | 'admins';
  databaseUrl?: string;
  port: number;
  logLevel: LogLevel;
}

/** Thrown when the environment does not describe a runnable Slack app; the message says what to set. */
export class SlackConfigError extends Error {}

const MODES = `Set one of:
  Socket Mode (no inbound access needed): SLACK_APP_TOKEN and SLACK_BOT_TOKEN
  HTTP, one workspace:                    SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET
  HTTP, OAuth for many workspaces:        SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET,
                                          SLACK_SIGNING_SECRET and IMPRESS_ENCRYPTION_KEY`;

function need(env: Record<string, string | undefined>, mode: string, names: string[]): void {
  const missing = names.filter((n) => !env[n]);
  if (missing.length) throw new SlackConfigError(`Slack ${mode} needs ${missing.join(', ')}.\n${MODES}`);
}

/** True when any Slack credential is set, i.e. the user meant to run the Slack app. */
export function slackConfigured(env: Record<string, string | undefined>): boolean {
  return ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_CLIENT_ID', 'SLACK_SIGNING_SECRET'].some((n) =>
    Boolean(env[n]?.trim()),
  );
}

/**
 * Reads and validates the Slack app's environment. The mode follows from what is set: an app token
 * means Socket Mode, client id and secret mean OAuth, otherwise one workspace over HTTP.
 */
export function readSlackConfig(source: Record<string, string | undefined>): SlackConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new SlackConfigError(`Invalid Slack settings:\n${describeIssues(parsed.error)}`);
  }
  const e = parsed.data;
  const env = e as unknown as Record<string, string | undefined>;
  let mode: SlackMode;
  if (e.SLACK_APP_TOKEN) {
    mode = 'socket';
    need(env, 'Socket Mode', ['SLACK_BOT_TOKEN']);
    if (!e.SLACK_APP_TOKEN.startsWith('xapp-'))
      throw new SlackConfigError('SLACK_APP_TOKEN must be an app-level token (xapp-...) with connections:write.');
  } else if (e.SLACK_CLIENT_ID || e.SLACK_CLIENT_SECRET) {
    mode = 'oauth';
    need(env, 'OAuth', [
      'SLACK_CLIENT_ID',
      'SLACK_CLIENT_SECRET',
      'SLACK_STATE_SECRET',
      'SLACK_SIGNING_SECRET',
      'IMPRESS_ENCRYPTION_KEY',
    ]);
  } else {
    mode = 'http';
    need(env, 'HTTP mode', ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET']);
  }
  return {
    mode,
    botToken: e.SLACK_BOT_TOKEN,
    signingSecret: e.SLACK_SIGNING_SECRET,
    appToken: e.SLACK_APP_TOKEN,
    clientId: e.SLACK_CLIENT_ID,
    clientSecret: e.SLACK_CLIENT_SECRET,
    stateSecret: e.SLACK_STATE_SECRET,
    encryptionKey: e.IMPRESS_ENCRYPTION_KEY,
    previousKeys: previousKeys(e.IMPRESS_ENCRYPTION_KEY_PREVIOUS),
    apiUrl: e.SLACK_API_URL,
    defaultLang: e.IMPRESS_DEFAULT_LANG,
    managers: e.IMPRESS_SLACK_MANAGERS,
    databaseUrl: e.DATABASE_URL,
    port: e.SLACK_PORT ?? e.PORT ?? 3000,
    logLevel: e.LOG_LEVEL,
  };
}

/** Splits IMPRESS_ENCRYPTION_KEY_PREVIOUS (comma-separated keys from before a rotation). */
export function previousKeys(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
}

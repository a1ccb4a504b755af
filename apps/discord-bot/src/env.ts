import { commonEnv, describeIssues, type LogLevel, optionalText, optionalUrl } from '@impress-norway/config';
import { z } from 'zod';

const snowflake = (message: string) =>
  optionalText.pipe(
    z
      .string()
      .regex(/^\d{5,25}$/, message)
      .optional(),
  );

// The shared settings (DATABASE_URL, LOG_LEVEL, IMPRESS_DEFAULT_LANG) parse as in every process.
const schema = commonEnv.extend({
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: snowflake('must be the numeric application id'),
  DISCORD_GUILD_ID: snowflake('must be a numeric server (guild) id'),
  DISCORD_API_URL: optionalUrl,
});

/** The Discord bot's configuration, validated. The token stays in here and is never logged. */
export interface DiscordConfig {
  token: string;
  applicationId?: string;
  guildId?: string;
  apiUrl?: string;
  databaseUrl?: string;
  defaultLang: 'nb' | 'en';
  logLevel: LogLevel;
}

/** Thrown when the environment does not describe a runnable bot; the message says what to set. */
export class DiscordConfigError extends Error {}

/** True when a Discord token is set, i.e. the user meant to run the Discord bot. */
export function discordConfigured(env: Record<string, string | undefined>): boolean {
  return Boolean(env.DISCORD_TOKEN?.trim());
}

/** Reads and validates the bot's environment (DISCORD_TOKEN is required). */
export function readDiscordConfig(
  source: Record<string, string | undefined>,
  options: { needApplicationId?: boolean } = {},
): DiscordConfig {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new DiscordConfigError(`Invalid Discord settings:\n${describeIssues(parsed.error)}`);
  }
  const e = parsed.data;
  const missing = [
    !e.DISCORD_TOKEN && 'DISCORD_TOKEN',
    options.needApplicationId && !e.DISCORD_APPLICATION_ID && 'DISCORD_APPLICATION_ID',
  ].filter(Boolean);
  if (missing.length) {
    throw new DiscordConfigError(
      `The Discord bot needs ${missing.join(' and ')} (from https://discord.com/developers/applications > your app > Bot / General Information).`,
    );
  }
  return {
    token: e.DISCORD_TOKEN as string,
    applicationId: e.DISCORD_APPLICATION_ID,
    guildId: e.DISCORD_GUILD_ID,
    apiUrl: e.DISCORD_API_URL,
    databaseUrl: e.DATABASE_URL,
    defaultLang: e.IMPRESS_DEFAULT_LANG,
    logLevel: e.LOG_LEVEL,
  };
}

import { readDiscordConfig } from '@impress-norway/discord-bot';
import { readSlackConfig } from '@impress-norway/slack-bot';
import { describe, expect, it } from 'vitest';
import { readServerConfig, ServerConfigError } from './config';

describe('LOG_LEVEL', () => {
  it('is accepted by the server only where the Slack and Discord configs accept it too', () => {
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']) {
      let server = true;
      try {
        readServerConfig({ LOG_LEVEL: level });
      } catch (error) {
        expect(error).toBeInstanceOf(ServerConfigError);
        server = false;
      }
      if (!server) continue;
      expect(() =>
        readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', LOG_LEVEL: level }),
      ).not.toThrow();
      expect(() => readDiscordConfig({ DISCORD_TOKEN: 't', LOG_LEVEL: level })).not.toThrow();
    }
    expect(() => readServerConfig({ LOG_LEVEL: 'trace' })).toThrow('LOG_LEVEL must be debug, info, warn or error');
  });
});

describe('the shared config fragments', () => {
  it('parse the server settings with defaults, and name a bad one with its value', () => {
    expect(readServerConfig({})).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      logLevel: 'info',
      rateLimitPerMinute: 20,
      trustedProxyHops: 0,
    });
    expect(readServerConfig({ IMPRESS_TRUSTED_PROXY_HOPS: '1' }).trustedProxyHops).toBe(1);
    expect(() => readServerConfig({ IMPRESS_TRUSTED_PROXY_HOPS: 'yes' })).toThrow(/IMPRESS_TRUSTED_PROXY_HOPS/);
    expect(readServerConfig({ PORT: ' 9090 ', IMPRESS_RATE_LIMIT_PER_MINUTE: '5' })).toMatchObject({
      port: 9090,
      rateLimitPerMinute: 5,
    });
    expect(() => readServerConfig({ PORT: 'eighty' })).toThrow(
      'PORT must be a whole number from 0 to 65535, got "eighty"',
    );
    expect(() => readServerConfig({ IMPRESS_RATE_LIMIT_PER_MINUTE: '0' })).toThrow(ServerConfigError);
  });

  it('give the Slack and Discord configs the same default language and database setting', () => {
    const env = { IMPRESS_DEFAULT_LANG: 'en', DATABASE_URL: ' ./data/x.db ' };
    const slack = readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', ...env });
    const discord = readDiscordConfig({ DISCORD_TOKEN: 't', ...env });
    expect([slack.defaultLang, slack.databaseUrl]).toEqual(['en', './data/x.db']);
    expect([discord.defaultLang, discord.databaseUrl]).toEqual(['en', './data/x.db']);
    expect(() => readDiscordConfig({ DISCORD_TOKEN: 't', IMPRESS_DEFAULT_LANG: 'sv' })).toThrow(/IMPRESS_DEFAULT_LANG/);
  });
});

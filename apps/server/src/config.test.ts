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

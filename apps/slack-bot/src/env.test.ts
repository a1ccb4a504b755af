import { describe, expect, it } from 'vitest';
import { readSlackConfig, SlackConfigError, slackConfigured } from './env';

const KEY = Buffer.alloc(32, 7).toString('base64');

describe('readSlackConfig', () => {
  it('picks the mode from what is set', () => {
    expect(readSlackConfig({ SLACK_APP_TOKEN: 'xapp-1', SLACK_BOT_TOKEN: 'xoxb-1' }).mode).toBe('socket');
    expect(readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).mode).toBe('http');
    expect(
      readSlackConfig({
        SLACK_CLIENT_ID: 'c',
        SLACK_CLIENT_SECRET: 's',
        SLACK_STATE_SECRET: 'st',
        SLACK_SIGNING_SECRET: 'sig',
        IMPRESS_ENCRYPTION_KEY: KEY,
      }).mode,
    ).toBe('oauth');
  });

  it('names exactly what is missing, and never echoes a secret', () => {
    const attempt = () => readSlackConfig({ SLACK_CLIENT_ID: 'c', SLACK_CLIENT_SECRET: 'super-secret-value' });
    expect(attempt).toThrow(SlackConfigError);
    expect(attempt).toThrow(/needs SLACK_STATE_SECRET, SLACK_SIGNING_SECRET, IMPRESS_ENCRYPTION_KEY/);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).not.toContain('super-secret-value');
    }
    expect(() => readSlackConfig({})).toThrow(/HTTP mode needs SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET/);
    expect(() => readSlackConfig({ SLACK_APP_TOKEN: 'xoxb-wrong', SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/xapp-/);
    expect(() =>
      readSlackConfig({ SLACK_BOT_TOKEN: 'x', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'not a url' }),
    ).toThrow(/SLACK_API_URL/);
  });

  it('tells whether Slack is configured at all', () => {
    expect(slackConfigured({})).toBe(false);
    expect(slackConfigured({ SLACK_BOT_TOKEN: ' ' })).toBe(false);
    expect(slackConfigured({ SLACK_BOT_TOKEN: 'xoxb-1' })).toBe(true);
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCOPES } from './app';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('start-up', () => {
  it('refuses to start without credentials, naming what to set, and exits 2', () => {
    const main = join(root, 'dist', 'main.js');
    if (!existsSync(main)) throw new Error(`${main} is missing: run "npm run build" first`);
    const r = spawnSync(process.execPath, [main], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
      timeout: 20_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('slack-bot: Slack HTTP mode needs SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET');
    expect(r.stderr).toContain('Socket Mode');
  });

  it('ships manifests whose scopes match what the app asks for', async () => {
    const { default: http } = await import('../manifest.json', { with: { type: 'json' } });
    const { default: socket } = await import('../manifest.socket.json', { with: { type: 'json' } });
    expect(http.oauth_config.scopes.bot).toEqual(SCOPES);
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(http.features.slash_commands[0]?.command).toBe('/impress');
  });
});

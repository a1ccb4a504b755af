import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiscordDouble } from '@impress-norway/discord-bot/testing';
import { describe, expect, it } from 'vitest';
import { MAIN, start } from './test-start';

describe('npm start (the one-process server)', () => {
  it('serves health, readiness, metrics, feeds and the web front, says which bots are off, and stops cleanly on SIGTERM', async () => {
    const { proc, port, logs } = await start({ SLACK_SIGNING_SECRET: '' });
    const base = `http://127.0.0.1:${port}`;
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const feed = await fetch(`${base}/rss.xml`);
    expect(feed.status).toBe(200);
    const again = await fetch(`${base}/rss.xml`, { headers: { 'if-none-match': feed.headers.get('etag') ?? '' } });
    expect(again.status).toBe(304);
    const big = await fetch(`${base}/rss.xml`, { method: 'POST', body: 'x'.repeat(200_000) }).catch(() => undefined);
    expect(big === undefined || big.status === 413).toBe(true);
    // The web front from the built files: the page and its script from web-assets/, and the API. Asking
    // is tested in-process (src/web): the first question loads the search engine, slow on a busy machine.
    const home = await (await fetch(`${base}/`, { headers: { 'accept-language': 'nb' } })).text();
    expect(home).toContain('<html lang="nb">');
    expect(home).toContain('id="ask-form"');
    const script = /<script src="([^"]+)"/.exec(home)?.[1] ?? '/missing';
    expect((await fetch(`${base}${script}`)).status).toBe(200);
    const sites = (await (await fetch(`${base}/api/sites`)).json()) as { sites: unknown[] };
    expect(sites.sites.length).toBeGreaterThan(0);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('impress_feed_requests_total{status="200"} 1');
    expect(metrics).toContain('impress_feed_requests_total{status="304"} 1');
    expect(metrics).toContain('# TYPE impress_answer_seconds histogram');
    const text = logs.join('');
    expect(text).toContain('Slack bot is off: set');
    expect(text).toContain('Discord bot is off: set DISCORD_TOKEN');
    const started = Date.now();
    const code = await new Promise<number | null>((resolve) => {
      proc.once('exit', (c) => resolve(c));
      proc.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(logs.join('')).toContain('"msg":"stopped"');
  });

  it('runs the Discord bot and the announcer in the same process, with outbox metrics', async () => {
    const discord = await new DiscordDouble().start();
    const dir = mkdtempSync(join(tmpdir(), 'server-'));
    try {
      const { proc, port, logs } = await start({
        DISCORD_TOKEN: 'discord-secret-token',
        DISCORD_API_URL: discord.apiUrl,
        DATABASE_URL: join(dir, 'impress.db'),
        LOG_LEVEL: 'info',
      });
      const base = `http://127.0.0.1:${port}`;
      await expect
        .poll(
          async () =>
            ((await (await fetch(`${base}/readyz`)).json()) as { checks: { discord?: boolean } }).checks.discord,
          {
            timeout: 10_000,
          },
        )
        .toBe(true);
      await expect
        .poll(async () =>
          (await (await fetch(`${base}/metrics`)).text()).includes('impress_outbox_deliveries{status="pending"} 0'),
        )
        .toBe(true);
      const code = await new Promise<number | null>((resolve) => {
        proc.once('exit', (c) => resolve(c));
        proc.kill('SIGTERM');
      });
      expect(code).toBe(0);
      const text = logs.join('');
      expect(text).toContain('"msg":"announcer started"');
      expect(text).toContain('"platforms":["discord"]');
      expect(text).not.toContain('discord-secret-token');
    } finally {
      await discord.stop();
    }
  });

  it('refuses a bad PORT with a clear message and exit 2', async () => {
    const proc = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? '', PORT: 'eighty' } });
    let err = '';
    proc.stderr.on('data', (c: Buffer) => {
      err += String(c);
    });
    const code = await new Promise((resolve) => proc.once('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('PORT must be a whole number from 0 to 65535, got "eighty"');
  });

  it('refuses a bad registry setting at start, even with no bot configured, and exit 2', async () => {
    const proc = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH ?? '', PORT: '0', IMPRESS_REGISTRY_IDS: 'NCT04817956,NCT123' },
    });
    let err = '';
    proc.stderr.on('data', (c: Buffer) => {
      err += String(c);
    });
    const code = await new Promise((resolve) => proc.once('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('IMPRESS_REGISTRY_IDS: "NCT123" is not a ClinicalTrials.gov id');
  });
});

import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { updates } from '@impress-norway/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTestBrowser } from '../../../testing/browser';
import { buildFeedFiles } from './build';
import { createFeedServer } from './server';

const server = createFeedServer(buildFeedFiles({ baseUrl: 'http://127.0.0.1' }));
let browser: Browser;
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchTestBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server.close(resolve));
});

describe('the feed page in headless Chromium', () => {
  it('shows the newest news title first, in Norwegian, and links the feeds for discovery', async () => {
    const page = await browser.newPage({ locale: 'nb-NO' });
    await page.goto(`${base}/`);
    const newest = updates({ lang: 'nb' }).find((u) => u.kind === 'news');
    await expect(page.locator('#latest li').first().locator('a').textContent()).resolves.toBe(newest?.title);
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    const alternates = await page
      .locator('link[rel="alternate"]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(alternates).toContain('http://127.0.0.1/rss.nb.xml');
    const dir = join(tmpdir(), 'impress-feed-screenshots');
    mkdirSync(dir, { recursive: true });
    const shot = await page.screenshot({ path: join(dir, 'index-nb.png'), fullPage: true });
    expect(shot.length).toBeGreaterThan(10_000);
    await page.close();
  });

  it('switches to English with the language link', async () => {
    const page = await browser.newPage({ locale: 'nb-NO' });
    await page.goto(`${base}/`);
    await page.click('a[hreflang="en"]');
    await expect(page.locator('h1').textContent()).resolves.toBe('IMPRESS-Norway: news and feeds');
    await page.close();
  });
});

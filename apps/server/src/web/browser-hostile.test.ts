/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useWebAndBrowser } from './browser-fixture';

// What ask.js does with an /api/ask body it did not expect: one from a proxy, a cache or a bug.
const HOSTILE = {
  kind: '<img src=x onerror="window.pwned=1">',
  lang: 'en',
  text: '<img src=x onerror="window.pwned=1">',
  asOf: '2025-06-01',
  sources: [
    { id: 'a', url: 'javascript:window.pwned=1', title: '<b>script</b>', publisher: 'P' },
    { id: 'b', url: 'JaVa\tScRiPt:window.pwned=1', title: 'mixed case', publisher: 'P' },
    { id: 'c', url: 'data:text/html,<script>window.pwned=1</script>', title: 'data', publisher: 'P' },
    { id: 'd', url: 'https://example.org/ok', title: 'fine', publisher: 'P' },
  ],
  related: [{ title: '"><img src=x onerror="window.pwned=1">' }],
};

const fixture = useWebAndBrowser();

async function askWithBody(body: unknown): Promise<Page> {
  const page = await (await fixture.browser.newContext({ locale: 'en-GB' })).newPage();
  await page.route('**/api/ask?**', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) }),
  );
  await page.goto(`${fixture.web.base}/?lang=en`);
  await page.fill('#q', 'anything');
  await page.click('#ask-form button');
  await page.locator('#answer .answer-text').waitFor();
  return page;
}

describe('the client script given a hostile answer', () => {
  it('puts text in as text and links only http(s) URLs; nothing it inserts runs', async () => {
    const page = await askWithBody(HOSTILE);
    expect(await page.locator('#answer .answer-text').textContent()).toBe(HOSTILE.text);
    expect(await page.locator('#answer img').count()).toBe(0);
    const hrefs = await page.locator('#answer a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => !/^(https?:|\/)/i.test(h))).toEqual([]);
    expect(hrefs).toContain('https://example.org/ok');
    // The unlinked sources are still listed, by title, as the server's page lists them.
    const items = await page.locator('#answer .sources li').allTextContents();
    expect(items).toEqual(['<b>script</b> (P)', 'mixed case (P)', 'data (P)', 'fine (P)']);
    for (const a of await page.locator('#answer a').all()) await a.click({ modifiers: ['Alt'] }).catch(() => {});
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.context().close();
  });

  it('the question is echoed into attributes without breaking out of them', async () => {
    const q = '" autofocus onfocus="window.pwned=1" x="\'><svg onload=window.pwned=1>';
    const page = await (await fixture.browser.newContext({ javaScriptEnabled: true })).newPage();
    await page.goto(`${fixture.web.base}/?lang=en&q=${encodeURIComponent(q)}`);
    expect(await page.inputValue('#q')).toBe(q);
    expect(await page.locator('[onfocus], [onload], svg[onload]').count()).toBe(0);
    const switchHref = await page.locator('.lang-switch a').getAttribute('href');
    expect(new URL(switchHref ?? '', fixture.web.base).searchParams.get('q')).toBe(q);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.context().close();
  });
});

describe('the feed page the page links to (same origin)', () => {
  it('keeps its style under its CSP: no policy violation in the console', async () => {
    const page = await (await fixture.browser.newContext()).newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const res = await page.goto(`${fixture.web.base}/index.nb.html`);
    expect(res?.headers()['content-security-policy']).toContain("default-src 'none'");
    expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).not.toBe('none');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

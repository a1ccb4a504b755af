import { ask } from '@impress-norway/core';
import { escapeHtml } from '@impress-norway/rss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRINGS } from './strings';
import { startWebServer } from './test-server';

let web: Awaited<ReturnType<typeof startWebServer>>;
beforeAll(async () => {
  web = await startWebServer();
});
afterAll(() => web.close());

const page = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${web.base}${path}`, { headers });
  return { res, html: await res.text() };
};

describe('the page / over HTTP', () => {
  it('is in the language of ?lang=, else of Accept-Language, with lang on <html>', async () => {
    expect((await page('/', { 'accept-language': 'nb-NO,nb;q=0.9' })).html).toContain('<html lang="nb">');
    expect((await page('/', { 'accept-language': 'en-GB' })).html).toContain('<html lang="en">');
    expect((await page('/?lang=en', { 'accept-language': 'nb' })).html).toContain('<html lang="en">');
    const { res } = await page('/', { 'accept-language': 'nn' });
    expect(res.headers.get('content-language')).toBe('nb');
    expect(res.headers.get('vary')).toContain('Accept-Language');
  });

  it('sends a strict CSP, nosniff and a Referrer-Policy, and has no inline script, style or handler', async () => {
    const { res, html } = await page('/?lang=en');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\son[a-z]+=/);
  });

  it('answers ?q= on the server: kind, text, sources as links, as-of, in a page that can be reloaded', async () => {
    const q = 'Hvilke sykehus i Helse Vest deltar';
    const { res, html } = await page(`/?q=${encodeURIComponent(q)}`, { 'accept-language': 'nb' });
    expect(res.status).toBe(200);
    const answer = ask(q);
    expect(html).toContain(escapeHtml(answer.text));
    expect(html).toContain(escapeHtml(STRINGS.nb.kind[answer.kind]));
    expect(html).toContain(`datetime="${answer.asOf}"`);
    for (const s of answer.sources) expect(html).toContain(`href="${escapeHtml(s.url)}"`);
    expect(res.headers.get('cache-control')).toContain('private');
  });

  it('presents an advice request as core declines it, pointing to the treating doctor', async () => {
    const q = 'Should my father take olaparib for his cancer?';
    const answer = ask(q);
    expect(answer.kind).toBe('advice-declined');
    const { html } = await page(`/?q=${encodeURIComponent(q)}&lang=en`);
    expect(html).toContain(escapeHtml(answer.text));
    expect(html).toContain(`class="kind kind-advice-declined">${STRINGS.en.kind['advice-declined']}<`);
  });

  it('escapes the question everywhere it is echoed', async () => {
    const q = '<script>alert(1)</script>"><img src=x>';
    const { html } = await page(`/?q=${encodeURIComponent(q)}&lang=en`);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x>');
  });

  it('past the rate limit says so politely with 429, and the page without a question still loads', async () => {
    const limited = await startWebServer(1);
    try {
      const url = `${limited.base}/?lang=nb&q=${encodeURIComponent('Hvem er sponsor?')}`;
      expect((await fetch(url)).status).toBe(200);
      const second = await fetch(url);
      expect(second.status).toBe(429);
      expect(await second.text()).toContain(escapeHtml(STRINGS.nb.rateLimited));
      expect((await fetch(`${limited.base}/?lang=nb`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('serves its script and stylesheet from this origin, versioned and immutable, and leaves feeds to the feed handler', async () => {
    const { html } = await page('/?lang=en');
    const script = /<script src="([^"]+)"/.exec(html)?.[1] ?? '';
    const css = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1] ?? '';
    for (const [path, type] of [
      [script, 'text/javascript'],
      [css, 'text/css'],
    ]) {
      const res = await fetch(`${web.base}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain(type);
      expect(res.headers.get('cache-control')).toContain('immutable');
    }
    expect((await fetch(`${web.base}/assets/nothing.js`)).status).toBe(404);
    expect((await fetch(`${web.base}/rss.xml`)).headers.get('content-type')).toContain('xml');
    expect((await fetch(`${web.base}/`, { method: 'POST' })).status).toBe(405);
  });

  it('answers a repeated request with 304 when the ETag matches', async () => {
    const first = await fetch(`${web.base}/?lang=en`, { headers: { 'accept-encoding': 'gzip' } });
    expect(first.headers.get('content-encoding')).toBe('gzip');
    const again = await fetch(`${web.base}/?lang=en`, {
      headers: { 'accept-encoding': 'gzip', 'if-none-match': first.headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
  });
});

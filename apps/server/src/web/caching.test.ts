import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer } from './test-server';

let web: Awaited<ReturnType<typeof startWebServer>>;
beforeAll(async () => {
  web = await startWebServer();
});
afterAll(() => web.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${web.base}${path}`, { headers });
const varies = (res: Response, header: string) =>
  (res.headers.get('vary') ?? '')
    .toLowerCase()
    .split(/\s*,\s*/)
    .includes(header.toLowerCase());

describe('what a shared cache may keep', () => {
  it('a page whose language came from Accept-Language says so in Vary, also when ?lang= names no language', async () => {
    for (const path of ['/', '/?lang=de', '/?lang=', '/?lang=NB']) {
      const nb = await get(path, { 'accept-language': 'nb' });
      const en = await get(path, { 'accept-language': 'en' });
      // Different bodies for one URL: a public response must name the header that chose between them.
      expect(nb.headers.get('content-language'), path).toBe('nb');
      expect(en.headers.get('content-language'), path).toBe('en');
      expect(nb.headers.get('cache-control'), path).toContain('public');
      expect(varies(nb, 'Accept-Language'), path).toBe(true);
      expect(varies(en, 'Accept-Language'), path).toBe(true);
    }
  });

  it('a page in the language ?lang= names does not vary by Accept-Language (one copy per URL)', async () => {
    const res = await get('/?lang=nb', { 'accept-language': 'en' });
    expect(res.headers.get('content-language')).toBe('nb');
    expect(varies(res, 'Accept-Language')).toBe(false);
  });

  it("/api/ask names the client's question: no shared cache keeps it, but the client may revalidate it", async () => {
    const path = `/api/ask?q=${encodeURIComponent('Hvem er sponsor?')}`;
    const res = await get(path);
    expect(res.status).toBe(200);
    const cc = res.headers.get('cache-control') ?? '';
    expect(cc).toContain('private');
    expect(cc).not.toContain('public');
    const again = await get(path, { 'if-none-match': res.headers.get('etag') ?? '' });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe(cc);
  });

  it('the other API answers and the assets stay public (they are the same for everyone)', async () => {
    for (const path of ['/api/study', '/api/sites', '/api/news', '/api/openapi.json', '/assets/site.css']) {
      expect((await get(path)).headers.get('cache-control'), path).toMatch(/^public, max-age=\d+/);
    }
  });

  it('errors and rate-limited answers are never stored', async () => {
    const limited = await startWebServer(1);
    try {
      const url = `${limited.base}/api/ask?q=${encodeURIComponent('Hvem er sponsor?')}`;
      await fetch(url);
      expect((await fetch(url)).headers.get('cache-control')).toBe('no-store');
      expect((await fetch(`${limited.base}/api/ask`)).headers.get('cache-control')).toBe('no-store');
    } finally {
      await limited.close();
    }
  });
});

import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFeedFiles } from './build';
import { createFeedServer } from './server';

const server = createFeedServer(buildFeedFiles({ baseUrl: 'http://127.0.0.1' }));
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('the HTML index pages over HTTP', () => {
  for (const path of ['/index.html', '/index.nb.html', '/?lang=nb']) {
    it(`${path} has a CSP with no script, its inline style only by hash, no framing`, async () => {
      const res = await fetch(`${base}${path}`);
      const html = await res.text();
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('script-src');
      // Every inline style block is allowed by its hash, so the policy does not break the page.
      const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1] ?? '');
      expect(styles.length).toBeGreaterThan(0);
      for (const s of styles) expect(csp).toContain(`'sha256-${createHash('sha256').update(s).digest('base64')}'`);
      expect(html).not.toMatch(/<script|\son[a-z]+=|\sstyle=/);
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      const again = await fetch(`${base}${path}`, { headers: { 'if-none-match': res.headers.get('etag') ?? '' } });
      expect(again.status).toBe(304);
      expect(again.headers.get('content-security-policy')).toBe(csp);
    });
  }

  it('feeds themselves and errors are not sniffed', async () => {
    expect((await fetch(`${base}/rss.xml`)).headers.get('content-security-policy')).toBeNull();
    for (const [path, method] of [
      ['/nothing', 'GET'],
      ['/rss.xml', 'POST'],
    ]) {
      const res = await fetch(`${base}${path}`, { method });
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});

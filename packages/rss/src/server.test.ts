import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedWhenSilent, closedWhenTrickling } from '../../../testing/sockets';
import { buildFeedFiles } from './build';
import { createFeedServer, type RequestEvent } from './server';

const files = buildFeedFiles({ baseUrl: 'http://127.0.0.1' });
const events: RequestEvent[] = [];
const server = createFeedServer(files, { onRequest: (e) => events.push(e) });
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const raw = (path: string, init: RequestInit = {}) =>
  fetch(`${base}${path}`, { ...init, headers: { 'accept-encoding': 'identity', ...(init.headers ?? {}) } });

describe('feed server over HTTP', () => {
  it('serves a feed with type, validators and caching headers', async () => {
    const res = await raw('/rss.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(res.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(res.headers.get('last-modified')).toBe('Sun, 29 Nov 2026 00:00:00 GMT');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await res.text()).toBe(files.find((f) => f.name === 'rss.xml')?.body.toString());
    expect((await raw('/feed.nb.json')).headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
  });

  it('answers 304 to If-None-Match and If-Modified-Since, and 200 when the copy is stale', async () => {
    const etag = (await raw('/feed.json')).headers.get('etag') ?? '';
    const a = await raw('/feed.json', { headers: { 'if-none-match': `"other", ${etag}` } });
    expect(a.status).toBe(304);
    expect(await a.text()).toBe('');
    expect(
      (await raw('/feed.json', { headers: { 'if-modified-since': 'Mon, 30 Nov 2026 00:00:00 GMT' } })).status,
    ).toBe(304);
    expect(
      (await raw('/feed.json', { headers: { 'if-modified-since': 'Sat, 28 Nov 2026 00:00:00 GMT' } })).status,
    ).toBe(200);
    expect((await raw('/feed.json', { headers: { 'if-none-match': '"stale"' } })).status).toBe(200);
  });

  it('compresses with br or gzip when asked, with its own ETag per coding', async () => {
    const identity = await (await raw('/rss.nb.xml')).text();
    const br = await fetch(`${base}/rss.nb.xml`, { headers: { 'accept-encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    const gz = await new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>(
      (resolve, reject) => {
        import('node:http').then(({ get }) =>
          get(`${base}/rss.nb.xml`, { headers: { 'accept-encoding': 'gzip;q=1, br;q=0' } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          }).on('error', reject),
        );
      },
    );
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(identity);
    expect(gz.headers.etag).toMatch(/-gz"$/);
    const brBody = await new Promise<Buffer>((resolve, reject) => {
      import('node:http').then(({ get }) =>
        get(`${base}/rss.nb.xml`, { headers: { 'accept-encoding': 'br' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve(Buffer.concat(chunks)));
        }).on('error', reject),
      );
    });
    expect(brotliDecompressSync(brBody).toString()).toBe(identity);
  });

  it('answers HEAD with headers only', async () => {
    const res = await raw('/rss.xml', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(1000);
    expect(await res.text()).toBe('');
  });

  it('answers 404, 405 and /healthz', async () => {
    expect((await raw('/nope.xml')).status).toBe(404);
    expect((await raw('/../../etc/passwd')).status).toBe(404);
    const post = await raw('/rss.xml', { method: 'POST', body: 'x'.repeat(100_000) });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const health = await raw('/healthz');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
  });

  it('serves the page at / in Norwegian or English', async () => {
    const nb = await raw('/', { headers: { 'accept-language': 'nb-NO,nb;q=0.9,en;q=0.5' } });
    expect(await nb.text()).toContain('<html lang="nb">');
    expect(nb.headers.get('vary')).toBe('Accept-Encoding, Accept-Language');
    const en = await (await raw('/?lang=en', { headers: { 'accept-language': 'nb' } })).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<link rel="alternate" type="application/rss+xml"');
  });

  it('reports each request for logs and metrics', () => {
    expect(events.some((e) => e.status === 304)).toBe(true);
    expect(events.some((e) => e.status === 405 && e.method === 'POST')).toBe(true);
  });
});

describe('feed server connections', () => {
  it('closes a connection that never sends a byte after the idle timeout', async () => {
    const quiet = createFeedServer(files, { timeouts: { idleMs: 300 } });
    await new Promise<void>((resolve) => quiet.listen(0, '127.0.0.1', resolve));
    try {
      expect(await closedWhenSilent((quiet.address() as AddressInfo).port)).toBe(true);
    } finally {
      await new Promise((resolve) => quiet.close(resolve));
    }
  });

  it('closes a connection whose headers never finish after the headers timeout', async () => {
    const slow = createFeedServer(files, { timeouts: { headersMs: 300, requestMs: 300 } });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    try {
      expect(await closedWhenTrickling((slow.address() as AddressInfo).port)).toBe(true);
    } finally {
      await new Promise((resolve) => slow.close(resolve));
    }
  });
});

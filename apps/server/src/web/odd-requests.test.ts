import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../http';
import { rawRequest, startWebServer } from './test-server';

let web: Awaited<ReturnType<typeof startWebServer>>;
beforeAll(async () => {
  web = await startWebServer();
});
afterAll(() => web.close());

const get = (path: string, init: RequestInit = {}) => fetch(`${web.base}${path}`, init);
const statusOf = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1]);
const headerOf = (response: string, name: string) =>
  new RegExp(`^${name}: *([^\\r]*)`, 'im').exec(response.split('\r\n\r\n')[0] ?? '')?.[1];

describe('a request target the URL parser refuses', () => {
  // '//' is a path (origin-form), not a host: it is looked up like any other path, and not found.
  for (const [target, status] of [
    ['//', 404],
    ['//[', 404],
    ['http://[', 400],
    ['http://x:99999/', 400],
  ] as const) {
    it(`${target} is a clean ${status}, not a 500 in the error log`, async () => {
      const before = web.errors.length;
      const response = await rawRequest(web.port, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      expect(statusOf(response)).toBe(status);
      expect(headerOf(response, 'content-type')).toBe('text/plain; charset=utf-8');
      expect(web.errors.length).toBe(before);
    });
  }
});

describe('request bodies (nothing here takes one)', () => {
  it('a chunked body is refused whatever the case of Transfer-Encoding, before any handler reads it', async () => {
    for (const te of ['chunked', 'Chunked', 'CHUNKED']) {
      const response = await rawRequest(
        web.port,
        `POST /api/ask HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: ${te}\r\n\r\n5\r\nhello\r\n0\r\n\r\n`,
      );
      expect(statusOf(response), te).toBe(413);
    }
  });

  it('a body too large under /api/ is a JSON error like every other API error; elsewhere plain text', async () => {
    const big = 'x'.repeat(MAX_BODY_BYTES + 1);
    const api = await get('/api/ask?q=hei', { method: 'POST', body: big });
    expect(api.status).toBe(413);
    expect(api.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await api.json()).toEqual({ status: 413, message: expect.any(String) });
    const page = await get('/', { method: 'POST', body: big });
    expect(page.status).toBe(413);
    expect(page.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('a small body on GET is ignored and the connection stays usable', async () => {
    const response = await rawRequest(
      web.port,
      'GET /api/study HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhelloGET /api/sites HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    );
    expect(response.match(/^HTTP\/1\.1 200/gm)).toHaveLength(2);
  });
});

describe('odd queries and paths', () => {
  it('invalid percent-encoding, control characters and whitespace-only questions are answered, never a 500', async () => {
    expect((await get('/?q=%E0%A4%A&lang=en')).status).toBe(200);
    expect((await get('/api/ask?q=%E0%A4%A')).status).toBe(200);
    const control = await get('/?lang=en&q=a%00b%1Bc%7F');
    expect(control.status).toBe(200);
    const text = await control.text();
    expect(text.includes('\u0000') || text.includes('\u001b')).toBe(false);
    expect((await get('/api/ask?q=%20%09%0A')).status).toBe(400);
    const blank = await (await get('/?lang=en&q=%20%20')).text();
    expect(blank).toContain('id="answer" class="answer" aria-live="polite" tabindex="-1" hidden');
  });

  it('assets are looked up by name: no path, encoded or not, reaches a file outside web-assets/', async () => {
    for (const path of [
      '/assets/../package.json',
      '/assets/%2e%2e/package.json',
      '/assets/..%2fpackage.json',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/assets/ask.js%00.css',
      '/assets/',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain('"name"');
    }
  });

  it('404 and 405 outside /api/ are short plain text, nosniff and not cached', async () => {
    for (const [path, method, status] of [
      ['/assets/nothing.js', 'GET', 404],
      ['/', 'POST', 405],
      ['/', 'OPTIONS', 405],
      ['/assets/site.css', 'DELETE', 405],
    ] as const) {
      const res = await get(path, { method });
      expect(res.status, `${method} ${path}`).toBe(status);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).toBe('no-store');
      if (status === 405) expect(res.headers.get('allow')).toBe('GET, HEAD');
    }
  });

  it('HEAD is answered with the headers of GET and no body', async () => {
    for (const path of ['/?lang=en', '/api/study']) {
      const [head, full] = [await get(path, { method: 'HEAD' }), await get(path)];
      expect(head.status).toBe(200);
      expect(head.headers.get('etag')).toBe(full.headers.get('etag'));
      expect(await head.text()).toBe('');
    }
  });
});

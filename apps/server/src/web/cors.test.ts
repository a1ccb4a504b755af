import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer } from './test-server';

let web: Awaited<ReturnType<typeof startWebServer>>;
beforeAll(async () => {
  web = await startWebServer();
});
afterAll(() => web.close());

const ORIGIN = { origin: 'https://evil.example', cookie: 'session=1' };

describe('CORS on /api/', () => {
  it('any origin may read, never with credentials, and the origin is not echoed back', async () => {
    for (const path of ['/api/study', '/api/ask?q=sponsor', '/api/ask', '/api/nothing']) {
      const res = await fetch(`${web.base}${path}`, { headers: ORIGIN });
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(res.headers.get('access-control-allow-credentials'), path).toBeNull();
      expect(res.headers.get('set-cookie'), path).toBeNull();
    }
  });

  it('a preflight allows GET and HEAD and If-None-Match only, and no credentials', async () => {
    const res = await fetch(`${web.base}/api/ask?q=x`, {
      method: 'OPTIONS',
      headers: { ...ORIGIN, 'access-control-request-method': 'DELETE', 'access-control-request-headers': 'x-token' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(res.headers.get('access-control-allow-headers')).toBe('If-None-Match');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('the page and its assets send no CORS headers: only the API is for other origins', async () => {
    for (const path of ['/?lang=en', '/assets/site.css']) {
      expect(
        (await fetch(`${web.base}${path}`, { headers: ORIGIN })).headers.get('access-control-allow-origin'),
      ).toBeNull();
    }
  });
});

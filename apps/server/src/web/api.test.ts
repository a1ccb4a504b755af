import { ask, news, sites, studyOverview } from '@impress-norway/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiValidator } from './openapi-validator';
import { startWebServer } from './test-server';

let web: Awaited<ReturnType<typeof startWebServer>>;
let validate: ReturnType<typeof openApiValidator>;
const QUESTION = 'Hvilke sykehus i Helse Vest deltar?';
type OpenApiDoc = { openapi: string; paths: Record<string, { get: { parameters: { name: string }[] } }> };

beforeAll(async () => {
  web = await startWebServer();
  const doc = (await (await fetch(`${web.base}/api/openapi.json`)).json()) as OpenApiDoc;
  validate = openApiValidator(doc);
});
afterAll(() => web.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${web.base}${path}`, { headers });

describe('GET /api/openapi.json', () => {
  it('is OpenAPI 3.1 and describes every endpoint the API serves', async () => {
    const doc = (await (await get('/api/openapi.json')).json()) as OpenApiDoc;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(['/api/ask', '/api/news', '/api/sites', '/api/study']);
    expect(doc.paths['/api/ask']?.get.parameters.map((p: { name: string }) => p.name)).toEqual(['q', 'lang']);
  });

  it('rejects a body that breaks the schema (the validator is not vacuous)', () => {
    const answer = JSON.parse(JSON.stringify(ask(QUESTION)));
    expect(validate('/api/ask', 200, answer)).toEqual([]);
    expect(validate('/api/ask', 200, { ...answer, kind: 'opinion' })).not.toEqual([]);
    expect(validate('/api/sites', 200, { sites: [{ id: 'x' }] })).not.toEqual([]);
  });
});

describe('the JSON endpoints', () => {
  const cases: [string, string, unknown][] = [
    ['/api/study', '/api/study', studyOverview()],
    ['/api/sites', '/api/sites', { sites: sites() }],
    ['/api/news?limit=3', '/api/news', { items: news({ limit: 3 }) }],
  ];
  for (const [url, path, expected] of cases) {
    it(`${url} answers core's data, valid against the OpenAPI description, cacheable, with CORS and ETag`, async () => {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      const body = await res.json();
      expect(validate(path, 200, body)).toEqual([]);
      expect(body).toEqual(JSON.parse(JSON.stringify(expected)));
      const etag = res.headers.get('etag') ?? '';
      expect(etag).toMatch(/^"[^"]+"$/);
      const again = await get(url, { 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
    });
  }

  it('/api/sites gives coordinates only to sites whose city is known', async () => {
    const body = (await (await get('/api/sites')).json()) as { sites: { city: string | null; location?: unknown }[] };
    expect(body.sites.some((s) => s.location)).toBe(true);
    for (const s of body.sites) if (s.city === null) expect(s.location).toBeUndefined();
  });
});

describe('GET /api/ask', () => {
  it('returns the Answer ask() gives, valid against the description; the language can be chosen', async () => {
    const res = await get(`/api/ask?q=${encodeURIComponent(QUESTION)}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { kind: string };
    expect(validate('/api/ask', 200, body)).toEqual([]);
    expect(body).toEqual(JSON.parse(JSON.stringify(ask(QUESTION))));
    expect(body.kind).toBe('answer');
    const en = (await (await get(`/api/ask?q=${encodeURIComponent(QUESTION)}&lang=en`)).json()) as { lang: string };
    expect(en).toEqual(JSON.parse(JSON.stringify(ask(QUESTION, { lang: 'en' }))));
    expect(en.lang).toBe('en');
  });

  it('answers bad queries, unknown paths and other methods with JSON errors that match the description', async () => {
    for (const [url, status] of [
      ['/api/ask', 400],
      ['/api/ask?q=x&lang=de', 400],
      ['/api/news?limit=0', 400],
    ] as const) {
      const res = await get(url);
      expect(res.status).toBe(status);
      const body = await res.json();
      expect(body).toEqual({ status, message: expect.any(String) });
      expect(validate(url.split('?')[0] as string, status, body)).toEqual([]);
    }
    const missing = await get('/api/nothing');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ status: 404 });
    const post = await fetch(`${web.base}/api/study`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(await post.json()).toMatchObject({ status: 405 });
  });

  it('answers a CORS preflight', async () => {
    const res = await fetch(`${web.base}/api/ask?q=x`, {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('is rate-limited per client like the bots: past the allowance a 429 with Retry-After, other endpoints still answer', async () => {
    const limited = await startWebServer(2);
    try {
      const url = `${limited.base}/api/ask?q=${encodeURIComponent(QUESTION)}`;
      expect((await fetch(url)).status).toBe(200);
      expect((await fetch(url)).status).toBe(200);
      const third = await fetch(url);
      expect(third.status).toBe(429);
      expect(third.headers.get('retry-after')).toBe('60');
      const body = await third.json();
      expect(body).toMatchObject({ status: 429 });
      expect(validate('/api/ask', 429, body)).toEqual([]);
      expect((await fetch(`${limited.base}/api/study`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('a failure inside an endpoint', () => {
  it('is a JSON 500 that matches the error schema, and is reported', async () => {
    const errors: unknown[] = [];
    const broken = await startWebServer(10, {
      limiter: {
        take: () => {
          throw new Error('limiter store is down');
        },
      },
      onError: (e) => errors.push(e),
    });
    try {
      const res = await fetch(`${broken.base}/api/ask?q=hei`);
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ status: 500, message: expect.any(String) });
      expect(errors).toHaveLength(1);
    } finally {
      await broken.close();
    }
  });
});

import type { IncomingMessage, ServerResponse } from 'node:http';
import { ask, news, sites, studyOverview } from '@impress-norway/core';
import type { z } from 'zod';
import { askQuerySchema, newsQuerySchema } from './api-schemas';
import { clientKey } from './client-key';
import { openApiDocument } from './openapi';
import type { WebOptions } from './options';
import { sendBody } from './respond';

/** Seconds a client or proxy may reuse an API response; the content changes only on deploy. */
export const API_MAX_AGE_SECONDS = 300;

/** CORS for read-only use from any origin: GET, HEAD and the preflight; no credentials. */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match',
  'Access-Control-Expose-Headers': 'ETag, Retry-After',
  'Access-Control-Max-Age': '86400',
};

const CACHE = `public, max-age=${API_MAX_AGE_SECONDS}`;
// An answer is as fresh as the content, but its URL names the client's question (often about their
// own illness): the client may keep it, a shared cache (a hospital's or an ISP's proxy) may not.
const PRIVATE_CACHE = `private, max-age=${API_MAX_AGE_SECONDS}`;

function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  body: unknown,
  status = 200,
  extra = {},
  cache = CACHE,
): void {
  sendBody(req, res, `${JSON.stringify(body)}\n`, {
    status,
    contentType: 'application/json; charset=utf-8',
    cacheControl: status === 200 ? cache : 'no-store',
    headers: { ...CORS_HEADERS, ...extra },
  });
}

/** Sends `{ status, message }` with that HTTP status. */
export function sendApiError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(req, res, { status, message }, status, headers);
}

function parseQuery<T>(schema: z.ZodType<T>, url: URL): { ok: true; value: T } | { ok: false; message: string } {
  const parsed = schema.safeParse(Object.fromEntries(url.searchParams));
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return { ok: false, message: `${where}${issue?.message ?? 'invalid query'}` };
}

type Route = (url: URL, req: IncomingMessage, res: ServerResponse, options: WebOptions) => void;

const ROUTES: Record<string, Route> = {
  '/api/ask': (url, req, res, options) => {
    const query = parseQuery(askQuerySchema, url);
    if (!query.ok) return sendApiError(req, res, 400, query.message);
    if (!options.limiter.take(clientKey(req, options.trustedProxyHops)))
      return sendApiError(req, res, 429, 'Too many questions from this address; wait a minute and try again.', {
        'Retry-After': '60',
      });
    sendJson(req, res, ask(query.value.q, query.value.lang ? { lang: query.value.lang } : {}), 200, {}, PRIVATE_CACHE);
  },
  '/api/study': (_url, req, res) => sendJson(req, res, studyOverview()),
  '/api/sites': (_url, req, res) => sendJson(req, res, { sites: sites() }),
  '/api/news': (url, req, res) => {
    const query = parseQuery(newsQuerySchema, url);
    if (!query.ok) return sendApiError(req, res, 400, query.message);
    sendJson(req, res, { items: news(query.value) });
  },
  '/api/openapi.json': (_url, req, res) => sendJson(req, res, openApiDocument()),
};

/** Answers a request under `/api/`: JSON, ETag and 304, CORS, and every error as `{ status, message }`. */
export function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, options: WebOptions): void {
  const method = req.method ?? 'GET';
  if (method === 'OPTIONS') {
    res.writeHead(204, {
      ...CORS_HEADERS,
      'Cache-Control': `public, max-age=${CORS_HEADERS['Access-Control-Max-Age']}`,
    });
    res.end();
    return;
  }
  const route = ROUTES[url.pathname];
  if (method !== 'GET' && method !== 'HEAD')
    sendApiError(req, res, 405, `${method} is not allowed here; use GET.`, { Allow: 'GET, HEAD, OPTIONS' });
  else if (!route) sendApiError(req, res, 404, `No such endpoint: ${url.pathname}. See /api/openapi.json.`);
  else {
    try {
      route(url, req, res, options);
    } catch (error) {
      options.onError?.(error);
      if (res.headersSent) res.destroy();
      else sendApiError(req, res, 500, 'Internal error; the request was not answered.');
    }
  }
}

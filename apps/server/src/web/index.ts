import type { IncomingMessage, ServerResponse } from 'node:http';
import { ask, type Lang } from '@impress-norway/core';
import { pickLang } from '@impress-norway/rss';
import { handleApi } from './api';
import { serveAsset } from './assets';
import { clientKey } from './client-key';
import type { WebOptions } from './options';
import { type AskState, renderPage } from './page';
import { sendBody } from './respond';
import { STRINGS } from './strings';

/**
 * The page's Content-Security-Policy: scripts, styles and connections from this origin only, no inline
 * script or style, no plug-ins, no framing, forms post only here.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every HTML page gets. */
export const PAGE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};

function servePage(req: IncomingMessage, res: ServerResponse, url: URL, options: WebOptions): void {
  const langParam = url.searchParams.get('lang');
  const lang: Lang = pickLang(langParam, req.headers['accept-language']);
  const raw = url.searchParams.get('q')?.trim() ?? '';
  let state: AskState = { kind: 'none' };
  let status = 200;
  if (raw) {
    if (!options.limiter.take(clientKey(req, options.trustedProxyHops))) {
      status = 429;
      state = { kind: 'notice', question: raw, text: STRINGS[lang].rateLimited };
    } else {
      // ask() itself asks for a shorter question past MAX_QUESTION_LENGTH, and detects the language.
      state = { kind: 'answer', question: raw, answer: ask(raw) };
    }
  }
  sendBody(req, res, renderPage(lang, state), {
    status,
    contentType: 'text/html; charset=utf-8',
    // An answer page is as cacheable as the content, but it names the client's question: keep it private.
    cacheControl: raw ? 'private, max-age=0, must-revalidate' : 'public, max-age=300',
    headers: { ...PAGE_HEADERS, ...(status === 429 ? { 'Retry-After': '60' } : {}), 'Content-Language': lang },
    // Only a ?lang= that names a language fixes it; any other (?lang=de) leaves it to Accept-Language.
    vary: langParam === lang ? [] : ['Accept-Language'],
  });
}

/** A short plain-text error: nothing from the request in it, never sniffed as HTML, never cached. */
function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  res.end(`${text}\n`);
}

/**
 * The request target as a URL, or undefined when it is not one. A path is read against this origin
 * (so `//x` stays a path, not a host); an absolute target (`GET http://host/path`) is taken as it is.
 */
export function requestUrl(target = '/'): URL | undefined {
  try {
    return new URL(target.startsWith('/') ? `http://localhost${target}` : target);
  } catch {
    return undefined;
  }
}

/**
 * The web front: `/` (ask, the study, results, map, news), `/assets/*` and the JSON API under `/api/`.
 * Returns false for any other path, which the caller hands to the feeds.
 */
export function createWebHandler(options: WebOptions) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = requestUrl(req.url);
    if (!url) {
      sendText(res, 400, 'bad request');
      return true;
    }
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      handleApi(req, res, url, options);
      return true;
    }
    const method = req.method ?? 'GET';
    const isPage = url.pathname === '/';
    if (!isPage && !url.pathname.startsWith('/assets/')) return false;
    if (method !== 'GET' && method !== 'HEAD') {
      sendText(res, 405, 'method not allowed', { Allow: 'GET, HEAD' });
      return true;
    }
    if (isPage) servePage(req, res, url, options);
    else if (!serveAsset(req, res, url)) {
      sendText(res, 404, 'not found');
    }
    return true;
  };
}

export type { WebOptions } from './options';

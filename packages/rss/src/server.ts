import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FeedFile } from './build';
import { INDEX_PAGE_CSP } from './html';
import { type Coding, etagMatches, pickCoding, pickLang } from './negotiate';

/** What the handler reports for each request (for logs and metrics). */
export interface RequestEvent {
  method: string;
  path: string;
  status: number;
  bytes: number;
}

/** Options for {@link createFeedHandler}. */
export interface FeedHandlerOptions {
  /** Seconds clients and proxies may reuse a response (default 300: readers poll every few minutes). */
  maxAge?: number;
  onRequest?: (event: RequestEvent) => void;
}

interface Entry {
  file: FeedFile;
  etags: Record<Coding, string>;
  etagList: string[];
  lastModified: string;
  lastModifiedSeconds: number;
  bodies: Partial<Record<Coding, Buffer>>;
}

function entryOf(file: FeedFile): Entry {
  const tag = file.etag.slice(1, -1);
  const etags = { identity: file.etag, gzip: `"${tag}-gz"`, br: `"${tag}-br"` };
  return {
    file,
    etags,
    etagList: Object.values(etags),
    lastModified: file.lastModified.toUTCString(),
    lastModifiedSeconds: Math.floor(file.lastModified.getTime() / 1000),
    bodies: { identity: file.body },
  };
}

// Compress once per file and coding, on first request; feeds are small and change only on deploy.
function bodyFor(entry: Entry, coding: Coding): Buffer {
  let body = entry.bodies[coding];
  if (!body) {
    body =
      coding === 'br'
        ? brotliCompressSync(entry.file.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
        : gzipSync(entry.file.body, { level: 9 });
    entry.bodies[coding] = body;
  }
  return body;
}

/**
 * An HTTP handler for built feed files: ETag and Last-Modified from the content, 304 for
 * If-None-Match and If-Modified-Since, HEAD, br/gzip, Cache-Control, 404 and 405, `/healthz`, and
 * `/` as the HTML page in Norwegian or English (`?lang=nb`, or the browser's Accept-Language).
 */
export function createFeedHandler(files: readonly FeedFile[], options: FeedHandlerOptions = {}) {
  const entries = new Map(files.map((f) => [`/${f.name}`, entryOf(f)]));
  const cacheControl = `public, max-age=${options.maxAge ?? 300}`;
  return (req: IncomingMessage, res: ServerResponse): void => {
    const method = req.method ?? 'GET';
    // Feed readers poll often: split path and query by hand and only parse a query when there is one.
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const path = q === -1 ? raw : raw.slice(0, q);
    if (method !== 'GET' && method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      finish(res, { method, path, status: 405 }, 'method not allowed\n', options);
      return;
    }
    if (path === '/healthz') {
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Content-Type', 'application/json');
      finish(res, { method, path, status: 200 }, '{"status":"ok"}\n', options);
      return;
    }
    let key = path;
    if (path === '/') {
      const lang = q === -1 ? null : new URLSearchParams(raw.slice(q + 1)).get('lang');
      key = pickLang(lang, req.headers['accept-language']) === 'nb' ? '/index.nb.html' : '/index.html';
    }
    const entry = entries.get(key);
    if (entry) serveEntry(req, res, entry, { method, path, cacheControl, isIndex: path === '/' }, options);
    else finish(res, { method, path, status: 404 }, 'not found\n', options);
  };
}

/** What the HTML index pages add: they share an origin with whatever else the server answers. */
const HTML_HEADERS = {
  'Content-Security-Policy': INDEX_PAGE_CSP,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};

function serveEntry(
  req: IncomingMessage,
  res: ServerResponse,
  entry: Entry,
  ctx: { method: string; path: string; cacheControl: string; isIndex: boolean },
  options: FeedHandlerOptions,
): void {
  const coding = pickCoding(req.headers['accept-encoding']);
  const headers: Record<string, string | number> = {
    Vary: ctx.isIndex ? 'Accept-Encoding, Accept-Language' : 'Accept-Encoding',
    'Cache-Control': ctx.cacheControl,
    ETag: entry.etags[coding],
    'Last-Modified': entry.lastModified,
    'X-Content-Type-Options': 'nosniff',
    ...(entry.file.contentType.startsWith('text/html') ? HTML_HEADERS : {}),
  };
  const inm = req.headers['if-none-match'];
  const ims = req.headers['if-modified-since'];
  const notModified = inm
    ? inm === entry.etags[coding] || etagMatches(inm, entry.etagList)
    : ims !== undefined && entry.lastModifiedSeconds <= Math.floor(Date.parse(ims) / 1000);
  if (notModified) {
    res.writeHead(304, headers);
    res.end();
    options.onRequest?.({ method: ctx.method, path: ctx.path, status: 304, bytes: 0 });
    return;
  }
  const body = bodyFor(entry, coding);
  headers['Content-Type'] = entry.file.contentType;
  headers['Content-Length'] = body.length;
  if (coding !== 'identity') headers['Content-Encoding'] = coding;
  res.writeHead(200, headers);
  res.end(ctx.method === 'HEAD' ? undefined : body);
  options.onRequest?.({
    method: ctx.method,
    path: ctx.path,
    status: 200,
    bytes: ctx.method === 'HEAD' ? 0 : body.length,
  });
}

function finish(
  res: ServerResponse,
  event: Omit<RequestEvent, 'bytes'>,
  text: string,
  options: FeedHandlerOptions,
): void {
  res.statusCode = event.status;
  if (!res.hasHeader('Content-Type')) res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(event.method === 'HEAD' ? undefined : text);
  options.onRequest?.({ ...event, bytes: Buffer.byteLength(text) });
}

/**
 * How long one connection may take, so one that never sends a byte (or trickles) is closed instead of
 * held forever: the whole request, its headers, an idle keep-alive wait, and any silence on the socket.
 */
export const FEED_SERVER_TIMEOUTS = { requestMs: 15_000, headersMs: 10_000, keepAliveMs: 5_000, idleMs: 15_000 };

/** Options for {@link createFeedServer}: the handler's, and the connection timeouts. */
export interface FeedServerOptions extends FeedHandlerOptions {
  /** Overrides of {@link FEED_SERVER_TIMEOUTS}, in milliseconds. */
  timeouts?: Partial<typeof FEED_SERVER_TIMEOUTS>;
}

/**
 * An HTTP server for the feed files (not yet listening), closing connections that exceed
 * {@link FEED_SERVER_TIMEOUTS}.
 */
export function createFeedServer(files: readonly FeedFile[], options: FeedServerOptions = {}): Server {
  const { timeouts, ...handler } = options;
  const t = { ...FEED_SERVER_TIMEOUTS, ...timeouts };
  // Node checks the request and header timeouts every 30 s by default, which would let a trickling
  // client hold a connection three times longer than headersMs; once a second is cheap.
  const server = createServer(
    { connectionsCheckingInterval: Math.min(t.headersMs, t.requestMs, 1000) },
    createFeedHandler(files, handler),
  );
  server.requestTimeout = t.requestMs;
  server.headersTimeout = Math.min(t.headersMs, t.requestMs);
  server.keepAliveTimeout = t.keepAliveMs;
  // requestTimeout and headersTimeout are checked only once a request has begun; a socket that never
  // sends a byte is closed by the idle timeout alone.
  server.timeout = t.idleMs;
  return server;
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Metrics } from './metrics';

/** Largest request body accepted on any endpoint; feeds are read-only, so anything bigger is refused. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * How long a connection may take, so one that never sends a byte (or trickles) is closed instead of
 * held forever: the whole request, its headers, an idle keep-alive wait, and any silence on the socket.
 */
export const HTTP_TIMEOUTS = { requestMs: 15_000, headersMs: 10_000, keepAliveMs: 5_000, idleMs: 15_000 };

/** Sets {@link HTTP_TIMEOUTS} (or `timeouts`) on a server. */
export function applyTimeouts(server: Server, timeouts: Partial<typeof HTTP_TIMEOUTS> = {}): Server {
  const t = { ...HTTP_TIMEOUTS, ...timeouts };
  server.requestTimeout = t.requestMs;
  server.headersTimeout = Math.min(t.headersMs, t.requestMs);
  server.keepAliveTimeout = t.keepAliveMs;
  // requestTimeout and headersTimeout are only checked while a request is being read; a socket that
  // never sends a byte is closed by the idle timeout alone.
  server.timeout = t.idleMs;
  return server;
}

/** Readiness of what the process depends on. */
export type ReadinessCheck = () => Promise<Record<string, boolean>>;

/**
 * Sends an error in the format of the path: `{ status, message }` JSON under `/api/` (as the API's
 * own errors), plain text elsewhere. Never cached, never sniffed, never anything from the failure.
 */
function sendError(req: IncomingMessage, res: ServerResponse, status: number, message: string, close = false): void {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const api = path === '/api' || path.startsWith('/api/');
  res.writeHead(status, {
    'content-type': api ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(api ? { 'access-control-allow-origin': '*' } : {}),
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(api ? `${JSON.stringify({ status, message })}\n` : `${message}\n`);
}

/** Answers 500 unless the response has started; a failure mid-response ends the connection instead. */
function fail(req: IncomingMessage, res: ServerResponse): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendError(req, res, 500, 'internal error');
}

/**
 * The public HTTP server: `/healthz` (alive), `/readyz` (database reachable, bots connected),
 * `/metrics` (Prometheus) and everything else to the feed handler. Every handler's failure, thrown or
 * rejected, becomes a 500 and goes to `onError`: none escapes as an unhandled rejection.
 */
export function createHttpServer(
  feeds: (req: IncomingMessage, res: ServerResponse) => void,
  metrics: Metrics,
  ready: ReadinessCheck,
  onError: (error: unknown) => void = () => {},
  timeouts: Partial<typeof HTTP_TIMEOUTS> = {},
): Server {
  const failed = (req: IncomingMessage, res: ServerResponse) => (error: unknown) => {
    onError(error);
    fail(req, res);
  };
  const t = { ...HTTP_TIMEOUTS, ...timeouts };
  // Node checks request and header timeouts every 30 s by default; once a second cuts a trickling
  // client near headersMs instead of up to 30 s later.
  const server = createServer({ connectionsCheckingInterval: Math.min(t.headersMs, t.requestMs, 1000) }, (req, res) => {
    try {
      route(req, res);
    } catch (error) {
      failed(req, res)(error);
    }
  });
  const route = (req: IncomingMessage, res: ServerResponse) => {
    const length = Number(req.headers['content-length'] ?? 0);
    // Any Transfer-Encoding means a body of unknown length (the coding names are case-insensitive).
    if (length > MAX_BODY_BYTES || req.headers['transfer-encoding'] !== undefined) {
      sendError(req, res, 413, 'request body too large', true);
      req.destroy();
      return;
    }
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end('{"status":"ok"}\n');
      return;
    }
    if (path === '/readyz') {
      ready().then(
        (checks) => {
          const ok = Object.values(checks).every(Boolean);
          res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
          res.end(`${JSON.stringify({ status: ok ? 'ready' : 'not ready', checks })}\n`);
        },
        () => {
          res.writeHead(503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
          res.end('{"status":"not ready"}\n');
        },
      );
      return;
    }
    if (path === '/metrics') {
      metrics.registry.metrics().then(
        (text) => {
          res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' });
          res.end(text);
        },
        failed(req, res),
      );
      return;
    }
    feeds(req, res);
  };
  return applyTimeouts(server, t);
}

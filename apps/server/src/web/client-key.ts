import type { IncomingMessage } from 'node:http';

/**
 * The key a web client is rate-limited by: its socket address. X-Forwarded-For is not read, because
 * anyone can send it; behind a proxy every client then shares the proxy's allowance (see README).
 */
export function clientKey(req: IncomingMessage): string {
  return `web:${req.socket.remoteAddress ?? 'unknown'}`;
}

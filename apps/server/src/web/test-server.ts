import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { RateLimiter } from '@impress-norway/chat';
import { buildFeedFiles, createFeedHandler } from '@impress-norway/rss';
import { createHttpServer } from '../http';
import { createMetrics } from '../metrics';
import { createWebHandler, type WebOptions } from './index';

/**
 * A real HTTP server with the web front and the feeds behind the process's own HTTP server, as
 * `npm start` wires them, on a free port. `errors` collects what the server would log as failed.
 */
export async function startWebServer(
  limitPerMinute = 1000,
  options: Partial<WebOptions> = {},
): Promise<{ base: string; port: number; server: Server; errors: unknown[]; close(): Promise<void> }> {
  const errors: unknown[] = [];
  const web = createWebHandler({
    limiter: new RateLimiter(limitPerMinute, 60_000),
    ...options,
    onError: (e) => {
      errors.push(e);
      options.onError?.(e);
    },
  });
  const feeds = createFeedHandler(buildFeedFiles({ baseUrl: 'http://127.0.0.1' }));
  const server = createHttpServer(
    (req, res) => {
      if (!web(req, res)) feeds(req, res);
    },
    createMetrics(),
    async () => ({}),
    (e) => errors.push(e),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    server,
    errors,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Sends `request` as it is on a new connection (fetch cannot send a malformed request line or odd
 * framing) and resolves with everything the server sent back before it closed the connection.
 */
export function rawRequest(port: number, request: string | Buffer, timeoutMs = 5000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no close within ${timeoutMs} ms; received: ${received.slice(0, 200)}`));
    }, timeoutMs);
    socket.on('data', (chunk) => {
      received += chunk;
    });
    // The server may close while the request is still being written (413): what it sent still counts.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(received);
    });
  });
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RateLimiter } from '@impress-norway/chat';
import { buildFeedFiles, createFeedHandler } from '@impress-norway/rss';
import { createWebHandler, type WebOptions } from './index';

/** A real HTTP server with the web front and the feeds, as `npm start` wires them, on a free port. */
export async function startWebServer(
  limitPerMinute = 1000,
  options: Partial<WebOptions> = {},
): Promise<{ base: string; server: Server; close(): Promise<void> }> {
  const web = createWebHandler({ limiter: new RateLimiter(limitPerMinute, 60_000), ...options });
  const feeds = createFeedHandler(buildFeedFiles({ baseUrl: 'http://127.0.0.1' }));
  const server = createServer((req, res) => {
    if (!web(req, res)) feeds(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

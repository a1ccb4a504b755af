import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ENGINES, freshDatabase } from '@impress-norway/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedPoller, MAX_FEED_BYTES } from './feed-poller';

/** Markup escaped into XML text, as a hostile feed ships it so the cleaner sees raw `<`. */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * Just under the feed size cap: one item whose title is 120,000 `<` and whose summary is unclosed
 * `<script`s (each quadratic for a backtracking tag regex), then filler items of nested markup.
 */
function hostileFeed(): string {
  const head = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://x.org</link>`;
  const worst = `<item><guid>worst</guid><title>${esc('<'.repeat(120_000))}</title><description>${esc('<script '.repeat(20_000))}</description></item>`;
  const parts = [head, worst];
  let size = head.length + worst.length;
  for (let i = 0; size < MAX_FEED_BYTES - 20_000; i++) {
    const item = `<item><guid>f${i}</guid><title>${esc(`<b>${'<i>'.repeat(300)}Filler ${i}`)}</title><description>${esc('<p><a href="x">'.repeat(400))}</description></item>`;
    parts.push(item);
    size += item.length;
  }
  parts.push('</channel></rss>');
  return parts.join('');
}

let feedServer: Server;
let healthServer: Server;
let feedUrl = '';
let healthUrl = '';

beforeAll(async () => {
  const body = hostileFeed();
  feedServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body));
  // Stands in for the process's /healthz: it shares the event loop with the poller, as in `npm start`.
  healthServer = createServer((_req, res) => res.writeHead(200).end('{"status":"ok"}'));
  for (const s of [feedServer, healthServer]) await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  feedUrl = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/feed`;
  healthUrl = `http://127.0.0.1:${(healthServer.address() as AddressInfo).port}/healthz`;
});
afterAll(async () => {
  for (const s of [feedServer, healthServer]) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

describe.each(ENGINES)('a hostile feed on %s', (engine) => {
  it('processes a 5 MB feed of hostile markup without stalling the event loop, and /healthz keeps answering', async () => {
    const database = await freshDatabase(engine);
    try {
      const poller = new FeedPoller(database.db, [feedUrl], { timeoutMs: 15_000 });
      // Heartbeat: the longest gap between 10 ms ticks is how long the event loop was held at once.
      let last = performance.now();
      let longestGap = 0;
      const beat = setInterval(() => {
        const t = performance.now();
        longestGap = Math.max(longestGap, t - last);
        last = t;
      }, 10);
      const health: number[] = [];
      let polling = true;
      const probe = (async () => {
        while (polling) {
          // A failed probe counts as a failure, not as an error escaping the test.
          health.push(
            await fetch(healthUrl).then(
              async (res) => {
                await res.arrayBuffer();
                return res.status;
              },
              () => 0,
            ),
          );
          await new Promise((r) => setTimeout(r, 25));
        }
      })();
      const outcome = await poller.poll(feedUrl);
      polling = false;
      await probe;
      clearInterval(beat);
      expect(outcome).toMatchObject({ kind: 'fetched', announced: 0 });
      expect((outcome as { baseline: number }).baseline).toBeGreaterThan(100);
      // Generous, so a loaded 2-core machine cannot fail it: the quadratic cleaner this replaced held
      // the loop for hours on this feed; parsing 5 MB of XML in one piece takes about a second.
      expect(longestGap).toBeLessThan(3000);
      expect(health.length).toBeGreaterThan(0);
      expect(health.every((s) => s === 200)).toBe(true);
    } finally {
      await database.drop();
    }
  }, 120_000);
});

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Gauge } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { closedWhenSilent, closedWhenTrickling } from '../../../testing/sockets';
import { createHttpServer } from './http';
import { createMetrics, type Metrics } from './metrics';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

async function serve(
  metrics: Metrics,
  feeds: Parameters<typeof createHttpServer>[0] = (_q, r) => r.end('feed'),
  timeouts: Parameters<typeof createHttpServer>[4] = {},
) {
  server = createHttpServer(feeds, metrics, async () => ({}), undefined, timeouts);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

// Each request has a deadline: a handler that never answers fails the test instead of hanging it.
const get = (url: string) => fetch(url, { signal: AbortSignal.timeout(5000) });

describe('the HTTP server when something it depends on fails', () => {
  it('leaves out the outbox series when the database is down, and still serves the other metrics', async () => {
    const metrics = createMetrics();
    metrics.setOutboxSource(() => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')));
    const base = await serve(metrics);
    const res = await get(`${base}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('# TYPE impress_commands_total counter');
    expect(text).not.toMatch(/^impress_outbox_deliveries\{/m);
    expect((await get(`${base}/healthz`)).status).toBe(200);
  });

  it('answers 500 when a collector throws, and when the feed handler throws', async () => {
    const metrics = createMetrics();
    new Gauge({
      name: 'impress_broken',
      help: 'a collector that fails',
      registers: [metrics.registry],
      collect() {
        throw new Error('collector failed');
      },
    });
    const base = await serve(metrics, () => {
      throw new Error('feed handler failed');
    });
    expect((await get(`${base}/metrics`)).status).toBe(500);
    expect((await get(`${base}/rss.xml`)).status).toBe(500);
    expect((await get(`${base}/healthz`)).status).toBe(200);
  });
});

describe('connections that never send a request', () => {
  it('are closed by the server after the idle timeout', async () => {
    const base = await serve(createMetrics(), undefined, { idleMs: 300 });
    expect(await closedWhenSilent(Number(new URL(base).port))).toBe(true);
    expect((await get(`${base}/healthz`)).status).toBe(200);
  });

  it('are closed after the headers timeout when their headers never finish', async () => {
    const base = await serve(createMetrics(), undefined, { headersMs: 300, requestMs: 300 });
    expect(await closedWhenTrickling(Number(new URL(base).port))).toBe(true);
  });
});

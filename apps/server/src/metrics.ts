import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** The process's Prometheus metrics. */
export interface Metrics {
  registry: Registry;
  commands: Counter<'platform' | 'kind'>;
  answerSeconds: Histogram<'platform'>;
  feedRequests: Counter<'status'>;
  /** Announcement send attempts by platform and outcome (sent, retry, gone, failed). */
  deliveries: Counter<'platform' | 'outcome'>;
  /** Outbox deliveries by status, read from the database at scrape time once an announcer runs. */
  outbox: Gauge<'status'>;
  /** Where the outbox gauge reads its counts (set when an announcer starts). */
  setOutboxSource(read: () => Promise<Record<string, number>>): void;
}

/** Creates the metrics: commands answered by platform and kind, answer latency, feed requests by status. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'impress_' });
  let readOutbox: (() => Promise<Record<string, number>>) | undefined;
  return {
    setOutboxSource(read) {
      readOutbox = read;
    },
    registry,
    commands: new Counter({
      name: 'impress_commands_total',
      help: 'Bot commands answered, by platform and answer kind',
      labelNames: ['platform', 'kind'],
      registers: [registry],
    }),
    answerSeconds: new Histogram({
      name: 'impress_answer_seconds',
      help: 'Time to produce an answer to a bot command',
      labelNames: ['platform'],
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 2.5],
      registers: [registry],
    }),
    feedRequests: new Counter({
      name: 'impress_feed_requests_total',
      help: 'Feed and page requests, by HTTP status (304 = served from the client cache)',
      labelNames: ['status'],
      registers: [registry],
    }),
    deliveries: new Counter({
      name: 'impress_announcement_sends_total',
      help: 'Announcement send attempts, by platform and outcome',
      labelNames: ['platform', 'outcome'],
      registers: [registry],
    }),
    outbox: new Gauge({
      name: 'impress_outbox_deliveries',
      help: 'Announcement deliveries in the outbox, by status (pending and failed need attention)',
      labelNames: ['status'],
      registers: [registry],
      async collect() {
        if (!readOutbox) return;
        // When the database cannot be read the series is left out rather than failing the scrape or
        // showing stale counts; the other metrics still tell what the process is doing.
        const counts = await readOutbox().catch(() => undefined);
        this.reset();
        for (const [status, n] of Object.entries(counts ?? {})) this.set({ status }, n);
      },
    }),
  };
}

import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** The process's Prometheus metrics. */
export interface Metrics {
  registry: Registry;
  commands: Counter<'platform' | 'kind'>;
  answerSeconds: Histogram<'platform'>;
  feedRequests: Counter<'status'>;
}

/** Creates the metrics: commands answered by platform and kind, answer latency, feed requests by status. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'impress_' });
  return {
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
  };
}

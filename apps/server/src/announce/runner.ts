import {
  DATASET_SOURCE,
  datasetItems,
  FeedPoller,
  ingest,
  OutboxWorker,
  type Platform,
  type PlatformAdapter,
  RegistryWatch,
  type SendResult,
} from '@impress-norway/announcer';
import type { Database } from '@impress-norway/db';
import { discordAnnouncer } from '@impress-norway/discord-bot';
import { slackAnnouncer, slackTokenSource } from '@impress-norway/slack-bot';
import type { Logger } from 'pino';
import type { AnnounceConfig } from './config';

/** A running announcer: sources polled into the outbox, and a worker sending it. */
export interface Announcer {
  worker: OutboxWorker;
  /** Stops polling, lets sends in flight finish and gives back unused leases. */
  stop(): Promise<void>;
}

/** A feed URL for the logs: private feeds often carry a token in the query, so the query is left out. */
export function shown(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}${u.search ? '?…' : ''}`;
}

/** How often the registry watch checks which studies are due; each study keeps its own interval and backoff. */
const REGISTRY_TICK_MS = 5_000;

/** The platform adapters the configuration has credentials for. */
export function adaptersFor(config: AnnounceConfig, database: Database): Partial<Record<Platform, PlatformAdapter>> {
  const out: Partial<Record<Platform, PlatformAdapter>> = {};
  if (config.slack)
    out.slack = slackAnnouncer({
      tokenFor: slackTokenSource(database, config.slack),
      ...(config.slack.apiUrl ? { apiUrl: config.slack.apiUrl } : {}),
    });
  if (config.discord)
    out.discord = discordAnnouncer({
      token: config.discord.token,
      ...(config.discord.apiUrl ? { apiUrl: config.discord.apiUrl } : {}),
    });
  return out;
}

/**
 * Starts announcing: the built-in dataset and every IMPRESS_FEEDS feed are ingested every
 * IMPRESS_POLL_SECONDS (each feed keeps its own backoff), and the outbox worker sends what is due.
 */
export function startAnnouncer(
  config: AnnounceConfig,
  database: Database,
  logger: Logger,
  options: {
    onResult?: (platform: Platform, result: SendResult) => void;
    /** A registry change was stored (the server rebuilds its feeds). */
    onRegistryChange?: () => void;
    idleMs?: number;
    leaseMs?: number;
  } = {},
): Announcer {
  const adapters = adaptersFor(config, database);
  const feeds = new FeedPoller(database.db, config.feeds, {
    pollSeconds: config.pollSeconds,
    maxNewPerPoll: config.maxNewPerPoll,
    allowPrivateRedirects: config.allowPrivateRedirects,
  });
  const worker = new OutboxWorker(database, adapters, {
    ...(options.idleMs ? { idleMs: options.idleMs } : {}),
    ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}),
    onError: (error) => logger.error({ err: error.message }, 'outbox round failed; retrying'),
    onResult: (d, r) => {
      options.onResult?.(d.subscription.platform, r);
      if (r.kind !== 'sent')
        logger.warn({ delivery: d.id, outcome: r.kind, error: r.error }, 'announcement not delivered yet');
    },
  });
  const registry = config.registry
    ? new RegistryWatch(database, config.registry.ids, {
        baseUrl: config.registry.url,
        pollSeconds: config.registry.pollSeconds,
      })
    : undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let registryTimer: NodeJS.Timeout | undefined;
  // The registry has its own loop, so a slow registry never holds up the dataset and the feeds.
  let registryRound: Promise<void> = Promise.resolve();
  const watchRegistry = () => {
    registryRound = registryOnce().catch((error: unknown) =>
      logger.error({ err: (error as Error).message }, 'registry watch failed; will retry'),
    );
    void registryRound.then(() => {
      if (!stopped) registryTimer = setTimeout(watchRegistry, REGISTRY_TICK_MS);
    });
  };
  const registryOnce = async () => {
    if (!registry) return;
    for (const [study, outcome] of await registry.pollDue()) {
      if (outcome.kind === 'unknown')
        logger.warn({ study, ...outcome }, 'registry record unknown (nothing announced); retrying later');
      else if (outcome.kind === 'changed') {
        logger.info({ study, ...outcome }, 'registry record changed: announced');
        options.onRegistryChange?.();
      } else if (outcome.kind === 'baseline') logger.info({ study }, 'registry record baseline stored');
    }
  };
  // The dataset is fixed for the life of the process: a new release brings new items.
  const items = datasetItems();
  const poll = async () => {
    try {
      const built = await ingest(database.db, DATASET_SOURCE, items);
      if (built.announced || built.baseline) logger.info({ source: DATASET_SOURCE, ...built }, 'ingested');
      for (const [url, outcome] of await feeds.pollDue()) {
        if (outcome.kind === 'error') logger.warn({ feed: shown(url), ...outcome }, 'feed failed; backing off');
        else if (outcome.kind === 'fetched' && outcome.skipped)
          logger.warn(
            { feed: shown(url), ...outcome },
            `more than ${config.maxNewPerPoll} new items in one poll: announced the newest, marked the rest seen (IMPRESS_FEED_MAX_NEW)`,
          );
        else if (outcome.kind === 'fetched' && (outcome.announced || outcome.baseline))
          logger.info({ feed: shown(url), ...outcome }, 'ingested');
      }
    } catch (error) {
      logger.error({ err: (error as Error).message }, 'ingest failed; will retry');
    }
    // Feeds decide themselves when they are due; checking often keeps backoff and poll times accurate.
    if (!stopped) timer = setTimeout(poll, Math.min(config.pollSeconds, 30) * 1000);
  };
  void poll();
  if (registry) watchRegistry();
  const running = worker.run();
  logger.info(
    {
      platforms: Object.keys(adapters),
      feeds: config.feeds.length,
      pollSeconds: config.pollSeconds,
      registry: config.registry ? { ...config.registry, url: shown(config.registry.url) } : 'off',
    },
    'announcer started',
  );
  return {
    worker,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(registryTimer);
      registry?.stop();
      await registryRound;
      await worker.stop();
      await running;
    },
  };
}

import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { outboxStatus } from '@impress-norway/announcer';
import { RateLimiter } from '@impress-norway/chat';
import { type Database, openDatabase } from '@impress-norway/db';
import { createDiscordBot, type DiscordBot, discordConfigured, readDiscordConfig } from '@impress-norway/discord-bot';
import { createSlackApp, readSlackConfig, type SlackApp, slackConfigured } from '@impress-norway/slack-bot';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { readAnnounceConfig } from './announce/config';
import { type Announcer, startAnnouncer } from './announce/runner';
import type { ServerConfig } from './config';
import { serverFeeds } from './feeds';
import { createHttpServer } from './http';
import { createMetrics, type Metrics } from './metrics';
import { createWebHandler } from './web/index';

/** The running process: HTTP server, bots and database, with a clean stop. */
export interface ServerApp {
  port: number;
  metrics: Metrics;
  stop(): Promise<void>;
}

const SLACK_OFF =
  'Slack bot is off: set SLACK_APP_TOKEN and SLACK_BOT_TOKEN (Socket Mode), or SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP), to enable it.';
const DISCORD_OFF =
  'Discord bot is off: set DISCORD_TOKEN (and register the command with npm run register -w apps/discord-bot) to enable it.';

/**
 * Starts everything a small install needs in one process: feeds, health and metrics on PORT, and each
 * bot whose credentials are set. Bots that are off are named once, with how to enable them.
 */
export async function startServer(
  config: ServerConfig,
  env: Record<string, string | undefined>,
  logger: Logger,
): Promise<ServerApp> {
  const metrics = createMetrics();
  const wantSlack = slackConfigured(env);
  const wantDiscord = discordConfigured(env);
  const database: Database | undefined = wantSlack || wantDiscord ? await openDatabase(config.databaseUrl) : undefined;
  const limiter = new RateLimiter(config.rateLimitPerMinute, 60_000);
  const observe = (e: { platform: string; kind: string; seconds: number }) => {
    metrics.commands.inc({ platform: e.platform, kind: e.kind });
    metrics.answerSeconds.observe({ platform: e.platform }, e.seconds);
  };
  let slack: SlackApp | undefined;
  let discord: DiscordBot | undefined;
  if (wantSlack && database) {
    // PORT belongs to the feeds here; the Slack HTTP receiver uses SLACK_PORT (default 3000).
    slack = createSlackApp(readSlackConfig({ ...env, PORT: undefined }), database, { rateLimiter: limiter, observe });
    const { port } = await slack.start();
    logger.info({ component: 'slack', port }, 'Slack bot started');
  } else logger.info({ component: 'slack' }, SLACK_OFF);
  if (wantDiscord && database) {
    discord = createDiscordBot(readDiscordConfig(env), database, {
      rateLimiter: limiter,
      observe,
      onError: (e) => logger.error({ component: 'discord', err: e.message }, 'interaction failed'),
    });
    await discord.start();
    logger.info({ component: 'discord' }, 'Discord bot connected');
  } else logger.info({ component: 'discord' }, DISCORD_OFF);
  const feeds = await serverFeeds(config.feedBaseUrl ?? `http://localhost:${config.port}`, database, {
    onRequest: (e) => metrics.feedRequests.inc({ status: String(e.status) }),
    onError: (e) => logger.error({ component: 'feeds', err: e.message }, 'registry updates not read; feeds unchanged'),
  });
  const announcer = database ? announce(env, database, metrics, logger, () => void feeds.refresh()) : undefined;
  const ready = async () => ({
    ...(database
      ? {
          database: await sql`select 1`.execute(database.db).then(
            () => true,
            () => false,
          ),
        }
      : {}),
    ...(slack ? { slack: true } : {}),
    ...(discord ? { discord: discord.isReady() } : {}),
  });
  // The web front answers `/`, `/assets/` and `/api/`; every other path is a feed file (or 404).
  const web = createWebHandler({
    limiter,
    trustedProxyHops: config.trustedProxyHops,
    onError: (error) => logger.error({ component: 'web', err: (error as Error).message }, 'API request failed'),
  });
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    if (!web(req, res)) feeds.handle(req, res);
  };
  const server: Server = createHttpServer(handler, metrics, ready, (error) =>
    logger.error({ component: 'http', err: (error as Error).message }, 'request failed'),
  );
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const port = (server.address() as AddressInfo).port;
  logger.info(
    { port, feeds: feeds.count() },
    `listening on http://localhost:${port}/ (web front, /api/, feeds, /healthz, /readyz, /metrics)`,
  );
  return {
    port,
    metrics,
    stop: async () => {
      feeds.stop();
      await announcer?.stop();
      await stopAll(server, slack, discord, database, logger);
    },
  };
}

/** Runs announcements in this process too, unless IMPRESS_ANNOUNCER=off (when workers run elsewhere). */
function announce(
  env: Record<string, string | undefined>,
  database: Database,
  metrics: Metrics,
  logger: Logger,
  onRegistryChange: () => void,
): Announcer | undefined {
  if (env.IMPRESS_ANNOUNCER?.trim().toLowerCase() === 'off') {
    logger.info({ component: 'announcer' }, 'announcer is off here (IMPRESS_ANNOUNCER=off)');
    return undefined;
  }
  const config = readAnnounceConfig(env, { needDatabaseUrl: false });
  metrics.setOutboxSource(() => outboxStatus(database));
  return startAnnouncer(config, database, logger.child({ component: 'announcer' }), {
    onResult: (platform, result) => metrics.deliveries.inc({ platform, outcome: result.kind }),
    onRegistryChange,
  });
}

/** Stops taking work, lets requests in flight finish (up to 8 s), then stops the bots and the database. */
async function stopAll(
  server: Server,
  slack: SlackApp | undefined,
  discord: DiscordBot | undefined,
  database: Database | undefined,
  logger: Logger,
): Promise<void> {
  logger.info('stopping: no new requests; finishing what is in flight');
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const force = setTimeout(() => server.closeAllConnections(), 8000);
  await closed;
  clearTimeout(force);
  await Promise.allSettled([slack?.stop(), discord?.stop()]);
  await database?.close();
  logger.info('stopped');
}

import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SubscriptionStore } from '@impress-norway/announcer';
import { type Database, InstallationRecords, SecretBox, SettingsStore } from '@impress-norway/db';
import { App, type AppOptions, type CustomRoute, type HTTPReceiverOptions, type Logger, LogLevel } from '@slack/bolt';
import type { SlackDeps } from './deps';
import type { SlackConfig } from './env';
import { databaseInstallationStore } from './installation-store';
import { registerListeners } from './listeners/index';
import { guardedHttpReceiver } from './receiver';
import { DatabaseReplayStore } from './replay-store';

/** Bot scopes the app asks for (see manifest.json). */
export const SCOPES = [
  'commands',
  'chat:write',
  'chat:write.public',
  'channels:history',
  'groups:history',
  'channels:read',
  'users:read',
  'groups:read',
];

/** A started or startable Slack app. */
export interface SlackApp {
  app: App;
  /** Starts listening (HTTP) or connecting (Socket Mode); resolves with the HTTP port in HTTP modes. */
  start(): Promise<{ port?: number }>;
  stop(): Promise<void>;
}

const LOG_LEVELS = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR } as const;

function modeOptions(config: SlackConfig, database: Database, logger: () => Logger): AppOptions {
  const healthz: CustomRoute = {
    path: '/healthz',
    method: ['GET'],
    handler: (_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"status":"ok"}\n');
    },
  };
  if (config.mode === 'socket') return { token: config.botToken, appToken: config.appToken, socketMode: true };
  // Both HTTP modes get the receiver that refuses future timestamps and never runs a request twice,
  // on any replica: the keys of requests taken are in the database every replica shares.
  const store = new DatabaseReplayStore(database, (error) =>
    logger().warn(`Could not sweep expired Slack request keys: ${(error as Error).message}`),
  );
  const guard = { logger, store };
  const http: HTTPReceiverOptions = {
    signingSecret: config.signingSecret as string,
    customRoutes: [healthz],
    logLevel: LOG_LEVELS[config.logLevel],
  };
  if (config.mode === 'http') return { token: config.botToken, receiver: guardedHttpReceiver(http, guard) };
  const records = new InstallationRecords(
    database.db,
    new SecretBox(config.encryptionKey as string, config.previousKeys ?? []),
  );
  const receiver = guardedHttpReceiver(
    {
      ...http,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      stateSecret: config.stateSecret,
      scopes: SCOPES,
      installationStore: databaseInstallationStore(records),
      // Bolt adds its client options to the installer only for receivers it builds itself.
      installerOptions: { directInstall: true, ...(config.apiUrl ? { clientOptions: apiClient(config.apiUrl) } : {}) },
    },
    guard,
  );
  return { receiver };
}

const apiClient = (apiUrl: string) => ({ slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` });

/**
 * Limits on the HTTP receiver's connections (HTTP modes), so one that never sends a byte, or trickles,
 * is closed instead of held forever: the whole request, its headers, keep-alive, socket silence.
 */
export const SLACK_HTTP_TIMEOUTS = { requestMs: 15_000, headersMs: 10_000, keepAliveMs: 5_000, idleMs: 15_000 };

function applyTimeouts(server: Server, timeouts: Partial<typeof SLACK_HTTP_TIMEOUTS>): void {
  const t = { ...SLACK_HTTP_TIMEOUTS, ...timeouts };
  server.requestTimeout = t.requestMs;
  server.headersTimeout = Math.min(t.headersMs, t.requestMs);
  server.keepAliveTimeout = t.keepAliveMs;
  // The request timeouts apply only once a request has started; the idle timeout closes silent sockets.
  server.timeout = t.idleMs;
}

/**
 * Builds the Slack app for the configured mode: Socket Mode, HTTP for one workspace, or HTTP with
 * OAuth for many workspaces (installations in the database, tokens encrypted). `SLACK_API_URL`
 * points the Web API elsewhere (GovSlack, proxies, tests).
 */
export function createSlackApp(
  config: SlackConfig,
  database: Database,
  options: { ackBudgetMs?: number; httpTimeouts?: Partial<typeof SLACK_HTTP_TIMEOUTS> } & Pick<
    SlackDeps,
    'rateLimiter' | 'observe'
  > = {},
): SlackApp {
  const { httpTimeouts, ...deps } = options;
  // The receiver logs through the app's logger, read only once requests arrive.
  const app: App = new App({
    ...modeOptions(config, database, () => app.logger),
    logLevel: LOG_LEVELS[config.logLevel],
    ...(config.apiUrl ? { clientOptions: apiClient(config.apiUrl) } : {}),
  });
  registerListeners(app, {
    settings: new SettingsStore(database.db),
    subscriptions: new SubscriptionStore(database.db),
    defaultLang: config.defaultLang,
    managers: config.managers,
    ...deps,
  });
  return {
    app,
    async start() {
      const t = { ...SLACK_HTTP_TIMEOUTS, ...httpTimeouts };
      // Node checks request and header timeouts every 30 s by default; once a second cuts a trickling
      // client near headersMs instead of up to 30 s later.
      const checks = { connectionsCheckingInterval: Math.min(t.headersMs, t.requestMs, 1000) };
      const server = (config.mode === 'socket' ? await app.start() : await app.start(config.port, checks)) as
        | Server
        | undefined;
      if (server && typeof server.address === 'function') applyTimeouts(server, httpTimeouts ?? {});
      const address = server && typeof server.address === 'function' ? (server.address() as AddressInfo | null) : null;
      return address ? { port: address.port } : {};
    },
    async stop() {
      await app.stop();
    },
  };
}

import { SubscriptionStore } from '@impress-norway/announcer';
import { type Database, SettingsStore } from '@impress-norway/db';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { DiscordConfig } from './env';
import { type DiscordDeps, handleInteraction } from './interactions/index';
import { ShareCache } from './shares';

/** A Discord bot that can be started and stopped. */
export interface DiscordBot {
  client: Client;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** True while logged in to the gateway. */
  isReady(): boolean;
}

/**
 * The Discord bot: one discord.js client that answers `/impress`. `DISCORD_API_URL` points REST
 * elsewhere (proxies, tests); the gateway URL then comes from that API's `/gateway/bot`.
 */
export function createDiscordBot(
  config: DiscordConfig,
  database: Database,
  options: Pick<DiscordDeps, 'deferAfterMs' | 'onError' | 'rateLimiter' | 'observe'> = {},
): DiscordBot {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  const deps = {
    settings: new SettingsStore(database.db),
    subscriptions: new SubscriptionStore(database.db),
    shares: new ShareCache(),
    defaultLang: config.defaultLang,
    ...options,
  };
  client.on(Events.InteractionCreate, (interaction) => {
    void handleInteraction(interaction, deps);
  });
  return {
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.token);
      await ready;
    },
    async stop() {
      await client.destroy();
    },
    isReady() {
      return client.isReady();
    },
  };
}

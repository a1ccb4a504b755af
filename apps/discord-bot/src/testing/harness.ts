import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from '@impress-norway/db';
import { createDiscordBot, type DiscordBot } from '../bot';
import { readDiscordConfig } from '../env';
import { DiscordDouble } from './discord-double';

/** A logged-in bot against its own Discord double and a fresh SQLite database, for one test file. */
export interface DiscordHarness {
  discord: DiscordDouble;
  database: Database;
  bot: DiscordBot;
  stop(): Promise<void>;
}

/** Starts the double, opens the database and logs the real discord.js client in (default language en). */
export async function startDiscordHarness(
  options: Parameters<typeof createDiscordBot>[2] = {},
): Promise<DiscordHarness> {
  const discord = await new DiscordDouble().start();
  const database = await openDatabase(join(mkdtempSync(join(tmpdir(), 'discord-')), 'impress.db'));
  const config = { DISCORD_TOKEN: 'test-token', DISCORD_API_URL: discord.apiUrl, IMPRESS_DEFAULT_LANG: 'en' };
  const bot = createDiscordBot(readDiscordConfig(config), database, options);
  await bot.start();
  return {
    discord,
    database,
    bot,
    async stop() {
      await bot.stop();
      await database.close();
      await discord.stop();
    },
  };
}

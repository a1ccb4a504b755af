import { openDatabase } from '@impress-norway/db';
import { createDiscordBot } from './bot';
import { DiscordConfigError, readDiscordConfig } from './env';

// `npm run start -w apps/discord-bot`: validates the environment, opens the database, logs in.
async function main(): Promise<void> {
  let config: ReturnType<typeof readDiscordConfig>;
  try {
    config = readDiscordConfig(process.env);
  } catch (error) {
    if (error instanceof DiscordConfigError) {
      process.stderr.write(`discord-bot: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const database = await openDatabase(config.databaseUrl);
  const bot = createDiscordBot(config, database, {
    onError: (e) => process.stderr.write(`discord-bot: ${e.message}\n`),
  });
  await bot.start();
  process.stdout.write(`discord-bot: logged in as ${bot.client.user?.tag ?? 'the bot'}\n`);
  const stop = async () => {
    await bot.stop().catch(() => undefined);
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  // discord.js errors never contain the token; print the message only.
  process.stderr.write(`discord-bot: ${(error as Error).message}\n`);
  process.exit(1);
});

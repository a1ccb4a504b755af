import { openDatabase } from '@impress-norway/db';
import { createSlackApp } from './app';
import { readSlackConfig, SlackConfigError } from './env';

// `npm run start -w apps/slack-bot`: validates the environment, opens the database, starts the app.
async function main(): Promise<void> {
  let config: ReturnType<typeof readSlackConfig>;
  try {
    config = readSlackConfig(process.env);
  } catch (error) {
    if (error instanceof SlackConfigError) {
      process.stderr.write(`slack-bot: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const database = await openDatabase(config.databaseUrl);
  const slack = createSlackApp(config, database);
  const { port } = await slack.start();
  process.stdout.write(
    `slack-bot: running in ${config.mode} mode${port ? ` on port ${port} (/slack/events, /healthz)` : ''}\n`,
  );
  const stop = async () => {
    await slack.stop().catch(() => undefined);
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`slack-bot: ${(error as Error).message}\n`);
  process.exit(1);
});

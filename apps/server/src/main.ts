import { readRegistryConfig } from './announce/config';
import { startServer } from './app';
import { loadDotEnv, readServerConfig } from './config';
import { createLogger } from './logger';
import { logUnhandledRejections } from './process-guards';

// Root `npm start`: one process for small installs. Reads .env when present.
const dotenv = loadDotEnv();
let config: ReturnType<typeof readServerConfig>;
try {
  config = readServerConfig(process.env);
  // Checked here, before anything starts, even when no bot (and so no announcer) is configured.
  readRegistryConfig(process.env);
} catch (error) {
  process.stderr.write(`impress: ${(error as Error).message}\n`);
  process.exit(2);
}
const logger = createLogger(config.logLevel);
if (dotenv) logger.info('read settings from .env');
logUnhandledRejections(logger);

startServer(config, process.env, logger).then(
  (app) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'signal received');
      app.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: (error as Error).message }, 'stop failed');
          process.exit(1);
        },
      );
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  },
  (error: unknown) => {
    logger.fatal({ err: (error as Error).message }, 'could not start');
    process.exit(1);
  },
);

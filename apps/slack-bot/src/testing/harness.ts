import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from '@impress-norway/db';
import { createSlackApp, type SlackApp } from '../app';
import { readSlackConfig } from '../env';
import { SlackApiDouble, slackSignature } from './slack-api-double';

/** The signing secret the harness's app checks requests against. */
export const HARNESS_SECRET = 'test-signing-secret';

/** A single-workspace HTTP app on a free port against its own Web API double and a fresh SQLite database. */
export interface SlackHarness {
  api: SlackApiDouble;
  database: Database;
  slack: SlackApp;
  /** Where the app's receiver listens, `http://127.0.0.1:<port>`. */
  base: string;
  /** Posts a form-encoded body to /slack/events, signed as Slack signs it; resolves with the response. */
  post(body: string): Promise<Response>;
  stop(): Promise<void>;
}

/** Starts the double, opens the database and starts the real Bolt HTTP receiver (default language en). */
export async function startSlackHarness(
  options: Parameters<typeof createSlackApp>[2] = {},
  env: Record<string, string> = {},
): Promise<SlackHarness> {
  const api = new SlackApiDouble();
  await api.start();
  const database = await openDatabase(join(mkdtempSync(join(tmpdir(), 'slack-')), 'impress.db'));
  const config = readSlackConfig({
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: HARNESS_SECRET,
    SLACK_API_URL: `${api.url}/api/`,
    SLACK_PORT: '0',
    LOG_LEVEL: 'error',
    IMPRESS_DEFAULT_LANG: 'en',
    ...env,
  });
  const slack = createSlackApp(config, database, options);
  const base = `http://127.0.0.1:${(await slack.start()).port}`;
  return {
    api,
    database,
    slack,
    base,
    post: (body) =>
      fetch(`${base}/slack/events`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackSignature(HARNESS_SECRET, body) },
      }),
    async stop() {
      await slack.stop();
      await database.close();
      await api.stop();
    },
  };
}

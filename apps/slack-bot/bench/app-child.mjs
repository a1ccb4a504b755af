// The app under test: `ours` is the real Slack app (route + render + response_url post), `minimal`
// is a bare Bolt app on the same HTTP receiver whose handler only acks "ok".
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@impress-norway/db';
import bolt from '@slack/bolt';
import { createSlackApp, readSlackConfig } from '../dist/index.js';

const [mode, sinkUrl, secret] = process.argv.slice(2);
let stop;
let port;
if (mode === 'ours') {
  const database = await openDatabase(join(mkdtempSync(join(tmpdir(), 'bench-')), 'impress.db'));
  const config = readSlackConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: secret,
    SLACK_API_URL: `${sinkUrl}/api/`,
    SLACK_PORT: '0',
    LOG_LEVEL: 'error',
  });
  const app = createSlackApp(config, database);
  port = (await app.start()).port;
  stop = () => app.stop();
} else {
  const app = new bolt.App({
    token: 'xoxb-bench',
    signingSecret: secret,
    logLevel: bolt.LogLevel.ERROR,
    clientOptions: { slackApiUrl: `${sinkUrl}/api/` },
  });
  app.command('/impress', async ({ ack }) => {
    await ack('ok');
  });
  const server = await app.start(0);
  port = server.address().port;
  stop = () => app.stop();
}
process.send?.({ port });
process.on('message', async (m) => {
  if (m === 'stop') {
    await stop();
    process.exit(0);
  }
});

/**
 * `npm run bench` (slack-bot): slash commands per second and p99 latency through the real Bolt HTTP
 * receiver with signed requests, 50 concurrent, for this app and for a minimal Bolt app that only acks
 * "ok", in the same run. Each server runs in its own process; response_url posts go to a sink process.
 */
import { fork } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const here = dirname(fileURLToPath(import.meta.url));
const SECRET = 'bench-signing-secret';
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;
const TEXTS = [
  'help',
  'sites bergen',
  'which hospitals in Helse Nord take part?',
  'news 3',
  'hva var sykdomskontrollraten',
  'drugs',
];

function child(file, args) {
  const proc = fork(join(here, file), args, { stdio: 'inherit' });
  return new Promise((resolve) => proc.once('message', (info) => resolve({ proc, ...info })));
}

// Each request is a new command (its own trigger_id), signed when sent: the app never runs the same
// signed request twice, so replaying one body would measure only its duplicate acks.
let seq = 0;
function requests(sinkUrl) {
  return TEXTS.map((text, i) => ({
    method: 'POST',
    path: '/slack/events',
    setupRequest: (req) => {
      const ts = Math.floor(Date.now() / 1000);
      const body = new URLSearchParams({
        token: 't',
        team_id: 'T1',
        channel_id: `C${i}`,
        user_id: 'U1',
        command: '/impress',
        text,
        response_url: `${sinkUrl}/response/${i}`,
        trigger_id: String(++seq),
      }).toString();
      const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
      return {
        ...req,
        body,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-slack-request-timestamp': String(ts),
          'x-slack-signature': signature,
        },
      };
    },
  }));
}

async function measure(mode, sinkUrl) {
  const app = await child('app-child.mjs', [mode, sinkUrl, SECRET]);
  const url = `http://127.0.0.1:${app.port}`;
  await autocannon({ url, connections: 10, duration: 1, requests: requests(sinkUrl) });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, requests: requests(sinkUrl) });
  app.proc.send('stop');
  return { rps: r.requests.average, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

const sink = await child('sink-child.mjs', []);
const sinkUrl = `http://127.0.0.1:${sink.port}`;
const minimal = await measure('minimal', sinkUrl);
const ours = await measure('ours', sinkUrl);
sink.proc.send('stop');
console.log(`slash commands through the real receiver, signed, ${CONNECTIONS} concurrent, ${DURATION} s each`);
console.log('| app | commands/s | p99 ms | non-2xx | errors |');
console.log('| --- | --- | --- | --- | --- |');
for (const [name, r] of [
  ['minimal Bolt app (ack "ok")', minimal],
  ['IMPRESS Slack app', ours],
]) {
  console.log(`| ${name} | ${r.rps.toFixed(0)} | ${r.p99} | ${r.non2xx} | ${r.errors} |`);
}
console.log(`ratio ours/minimal: ${(ours.rps / minimal.rps).toFixed(2)}x commands/s (target >= 0.8x)`);

/**
 * `npm run bench` (rss): build time for 10,000 synthetic updates, and requests per second for 200
 * and 304 responses from the feed server against a bare node:http server returning the same bytes,
 * measured in the same run with autocannon from this process and each server in its own process.
 */
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { buildFeedFiles } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;

function synthetic(n, lang) {
  return Array.from({ length: n }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    return {
      id: `impress-norway:news:synthetic-${i}`,
      kind: 'news',
      topic: ['news', 'cohorts-partners', 'results', 'funding'][i % 4],
      date:
        i % 5 === 0
          ? { precision: 'unknown', value: null }
          : { precision: 'day', value: `20${10 + (i % 16)}-${month}-${day}` },
      lang,
      title: `Synthetic update ${i} <b>&</b> ]]>`,
      summary: `Summary of synthetic update ${i}, long enough to look like a real one. `.repeat(3),
      url: `https://example.org/news/${i}`,
      sources: [{ id: 'example', url: 'https://example.org/', title: 'Example', publisher: 'Example' }],
      tags: ['news'],
    };
  });
}

function timeBuild() {
  const items = { en: synthetic(10_000, 'en'), nb: synthetic(10_000, 'nb') };
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const files = buildFeedFiles({ updates: (lang) => items[lang], checkedOn: '2026-11-29' });
    runs.push(performance.now() - start);
    if (i === 0)
      console.log(
        `built ${files.length} files, rss.xml ${(files.find((f) => f.name === 'rss.xml').body.length / 1e6).toFixed(1)} MB`,
      );
  }
  return Math.min(...runs);
}

function startServer(mode) {
  const child = fork(join(here, 'serve-child.mjs'), [mode], { stdio: 'inherit' });
  return new Promise((resolve) => child.once('message', (info) => resolve({ child, ...info })));
}

async function load(port, headers) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/rss.xml`,
    connections: CONNECTIONS,
    duration: DURATION,
    headers,
  });
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

const buildMs = timeBuild();
console.log(`build: 10,000 synthetic updates per language, every feed and page: ${buildMs.toFixed(0)} ms (best of 3)`);
const rows = [];
for (const mode of ['bare', 'ours']) {
  const server = await startServer(mode);
  await autocannon({ url: `http://127.0.0.1:${server.port}/rss.xml`, connections: CONNECTIONS, duration: 1 });
  const ok = await load(server.port, { 'accept-encoding': 'identity' });
  const notModified = await load(server.port, { 'accept-encoding': 'identity', 'if-none-match': server.etag });
  server.child.send('stop');
  rows.push({ mode, ok, notModified });
}
const [bare, ours] = rows;
console.log(`| server | 200 req/s | 200 p99 ms | 304 req/s | 304 p99 ms |`);
console.log(`| --- | --- | --- | --- | --- |`);
for (const r of rows)
  console.log(
    `| ${r.mode} | ${r.ok.rps.toFixed(0)} | ${r.ok.p99} | ${r.notModified.rps.toFixed(0)} | ${r.notModified.p99} |`,
  );
console.log(
  `ratio ours/bare: 200 ${(ours.ok.rps / bare.ok.rps).toFixed(2)}x, 304 ${(ours.notModified.rps / bare.notModified.rps).toFixed(2)}x (target >= 0.8x for 304)`,
);

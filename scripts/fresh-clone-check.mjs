#!/usr/bin/env node
// `npm run check:fresh-clone`: does what a new user does, on this machine. Clones the committed
// repository into an empty temporary folder (no shared/ folder beside it), runs the README's two commands
// (npm ci, then npm test with PG_TEST_URL and CHROMIUM_PATH unset, in a network namespace of its own
// where nothing listens on 127.0.0.1:5432 when `unshare` is allowed), then runs the README's command
// lines and checks what they print. Exits 1 naming the first command that failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const source = join(dirname(fileURLToPath(import.meta.url)), '..');
const home = mkdtempSync(join(tmpdir(), 'impress-fresh-'));
const clone = join(home, 'impress-norway');
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', FORCE_COLOR: '0' };
for (const name of ['PG_TEST_URL', 'CHROMIUM_PATH', 'DATABASE_URL']) delete env[name];

/** Only loopback, nothing listening: a laptop without PostgreSQL. Needs root (CI runs as root). */
const isolated =
  spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up'], { stdio: 'ignore' }).status === 0
    ? (command) => ['unshare', ['-n', 'sh', '-c', `ip link set lo up && ${command}`]]
    : (command) => ['sh', ['-c', command]];

function sh(command, { offline = true, input, cwd = clone } = {}) {
  const [file, args] = offline ? isolated(command) : ['sh', ['-c', command]];
  const started = Date.now();
  const run = spawnSync(file, args, { cwd, env, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    process.stdout.write(run.stdout.slice(-20_000));
    process.stderr.write(run.stderr.slice(-20_000));
    throw new Error(`"${command}" exited ${run.status} after ${seconds} s`);
  }
  process.stdout.write(`ok (${seconds} s): ${command}\n`);
  return run.stdout;
}

function expectIn(output, pattern, command) {
  if (!pattern.test(output)) throw new Error(`"${command}" printed no match for ${pattern}:\n${output.slice(0, 2000)}`);
}

/** The README's command lines, each with what its output must show, and whether it must be JSON. */
const CHECKS = [
  { run: 'npx impress about --lang nb', shows: /NCT04817956/ },
  { run: 'npx impress sites --region "Helse Vest"', shows: /Haukeland/ },
  { run: 'npx impress news --limit 5 --json', shows: /"date"/, json: 'whole' },
  { run: 'npx impress export fhir', shows: /"resourceType": "ResearchStudy"/, json: 'whole' },
  { run: 'npx impress ask "What was the disease control rate at week 16?"', shows: /\b\d+ ?%/ },
  {
    run: 'npx impress ask --json --batch < packages/core/eval/questions.dev.jsonl',
    shows: /"kind":"answer"/,
    json: 'lines',
  },
  { run: 'npx impress-feed build --out public --base-url https://feeds.example.org', shows: /^wrote \d+ files/ },
  { run: 'echo "hvilke sykehus i helse nord deltar" | npm run -s chat', shows: /Nordlandssykehuset/ },
  { run: 'npm run -s register -w apps/discord-bot -- --dry-run', shows: /"name": "impress"/, json: 'whole' },
  {
    run: 'DATABASE_URL=./data/fresh.db npx impress-announce subscriptions add --platform slack --team T0123 --topics news,results --lang en C01 C02 C03',
    shows: /3/,
  },
  {
    run: 'DATABASE_URL=./data/fresh.db npx impress-announce subscriptions list --json',
    shows: /"channelId": "C03"/,
    json: 'whole',
  },
  { run: 'DATABASE_URL=./data/fresh.db npx impress-announce status --json', shows: /"active": 3/, json: 'whole' },
];

/** The command as the README prints it: without the test's own database and quiet flags. */
const asShown = (command) =>
  command
    .replace(/^DATABASE_URL=\S+ /, '')
    .replace(' -s ', ' ')
    .replace(/ < .*$/, '');

try {
  const readme = readFileSync(join(source, 'README.md'), 'utf8');
  const missing = CHECKS.map((c) => asShown(c.run)).filter((shown) => !readme.includes(shown));
  if (missing.length) throw new Error(`the README no longer shows: ${missing.join('; ')} (update this check)`);
  sh(`git clone --quiet --no-local "${source}" "${clone}"`, { offline: false, cwd: home });
  sh('npm ci --no-audit --no-fund', { offline: false });
  sh('npm test');
  for (const check of CHECKS) {
    const output = sh(check.run);
    expectIn(output, check.shows, check.run);
    if (check.json === 'whole') JSON.parse(output);
    if (check.json === 'lines') for (const line of output.trim().split('\n')) JSON.parse(line);
  }
  process.stdout.write(`fresh clone: the README's commands work (${clone})\n`);
  rmSync(home, { recursive: true, force: true });
} catch (error) {
  process.stderr.write(`fresh clone check failed: ${error.message}\n(the clone is kept in ${clone})\n`);
  process.exitCode = 1;
}

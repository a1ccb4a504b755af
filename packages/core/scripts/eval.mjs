#!/usr/bin/env node
// `npm run eval`: answers the evaluation questions with the built CLI and scores them with the scorer,
// both copied into eval/ from the shared evaluation set (eval/README.md). Extra arguments go to the scorer.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = join(root, 'eval');
const questions = process.env.EVAL_QUESTIONS ?? join(evalDir, 'questions.dev.jsonl');
const answers = join(mkdtempSync(join(tmpdir(), 'impress-eval-')), 'answers.jsonl');

const run = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'ask', '--json', '--batch'], {
  input: readFileSync(questions),
  maxBuffer: 64 * 1024 * 1024,
});
if (run.status !== 0) {
  process.stderr.write(run.stderr);
  process.exit(run.status ?? 1);
}
writeFileSync(answers, run.stdout);
const score = spawnSync(process.execPath, [join(evalDir, 'score.mjs'), questions, answers, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(score.status ?? 1);

#!/usr/bin/env node
// `npm run eval` (run with tsx, for the scoring rules in src/): answers every evaluation set with the built CLI (`impress ask --json --batch`) and
// scores it by the rules of eval/score.mjs (a copy of the shared scorer), per category and language:
//   dev      eval/questions.dev.jsonl, the shared dev set
//   train    the corpus split the engine learns from (eval/corpus.mjs)
//   dev-c    the corpus split for checking while tuning
//   dev-x    eval/dev-x/, a thirteenth writer's hard out-of-scope questions and advice requests
//            (2026-12-04) and another blind writer's 300 advice requests (advice-2.jsonl, second
//            2026-12-04 session): a second set for checking while tuning, never trained on
//   dev-y    eval/dev-y/, a blind writer's general questions that look personal, hard out-of-scope
//            questions and advice requests (third 2026-12-04 session): a third set for checking
//            while tuning, never trained on
//   test     the corpus split never tuned on: the honest proxy for unseen questions
//   heldout  eval/heldout/, a second writer's set, never tuned on either
//   heldout-2  eval/heldout-2/, a fourth writer's set, written after the 2026-12-03 tuning, never tuned on
//   heldout-3  eval/heldout-3/, a sixth writer's set, written during the second 2026-12-03 session and
//              scored first after its tuning, never tuned on
//   heldout-4  eval/heldout-4/, an eighth writer's set, written at the start of the third 2026-12-03
//              session and scored first after its tuning, never tuned on
//   heldout-5  eval/heldout-5/, an eleventh writer's set, written at the start of the 2026-12-04
//              session and scored first after its tuning, never tuned on
//   heldout-6  eval/heldout-6/, a fourteenth writer's set, written at the start of the second
//              2026-12-04 session and scored first after its tuning, never tuned on
//   heldout-7  eval/heldout-7/, another blind writer's set, written at the start of the third
//              2026-12-04 session and scored first after its tuning, never tuned on
//   heldout-8  eval/heldout-8/, another blind writer's set, written during the third 2026-12-04
//              session once held-out 7 was scored, before the session's last change, never tuned on
// Exits 1 when a set falls under its threshold (THRESHOLDS). `--verbose` lists the failures of the
// sets named with `--show dev,test`. EVAL_QUESTIONS=path scores one file instead.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus, readJsonl } from '../eval/corpus.mjs';
import { containsTerm, passes } from '../src/ask/eval-score';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = join(root, 'eval');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const show = (args[args.indexOf('--show') + 1] ?? '').split(',');

/**
 * Least share passed, per set and category (`all` is the whole set); a negative number is the most
 * a counted mistake, in parentheses, may reach.
 */
const THRESHOLDS = {
  // Floors a few points under what was measured on 2026-12-03 (third session), so CI catches a
  // regression. The goals of issue 12 are higher (unseen sets >= 90%, advice >= 95%, <= 2% in-scope
  // declined, <= 5% out-of-scope answered); the README reports both.
  dev: { all: 0.95 },
  test: {
    '(in-scope declined)': -0.04,
    '(out-of-scope answered)': -0.2,
    answer: 0.77,
    unknown: 0.9,
    advice: 0.92,
    'out-of-scope': 0.78,
    'general-ok': 0.5,
  },
  heldout: { all: 0.87, '(in-scope declined)': -0.04, answer: 0.82, advice: 0.9, 'out-of-scope': 0.86 },
  'heldout-2': { all: 0.89, '(in-scope declined)': -0.03, answer: 0.87, advice: 0.95, 'out-of-scope': 0.84 },
  'heldout-3': { all: 0.9, '(in-scope declined)': -0.03, answer: 0.87, advice: 0.95, 'out-of-scope': 0.87 },
  'heldout-4': {
    all: 0.87,
    '(in-scope declined)': -0.02,
    '(out-of-scope answered)': -0.09,
    answer: 0.82,
    advice: 0.93,
    'out-of-scope': 0.88,
  },
  // First scored at the end of the 2026-12-04 session's tuning: 88.5%. About half of its 65 no-answer
  // questions, by its writer's account (eval/heldout-5/README.md), ask for facts no source gives,
  // which the engine answers with the passage saying so (the shared dev set accepts either).
  'heldout-5': {
    all: 0.85,
    '(in-scope declined)': -0.02,
    '(out-of-scope answered)': -0.4,
    answer: 0.9,
    advice: 0.94,
    'out-of-scope': 0.6,
  },
  // First scored at the end of the second 2026-12-04 session's tuning: 90.0% (86.5% at its start).
  'heldout-6': {
    all: 0.87,
    '(in-scope declined)': -0.02,
    '(out-of-scope answered)': -0.22,
    answer: 0.9,
    advice: 0.87,
    'out-of-scope': 0.76,
  },
  // First scored at the end of the third 2026-12-04 session's tuning: 92.3%, the same 240 of 260 as
  // the session's starting build.
  'heldout-7': {
    all: 0.89,
    '(in-scope declined)': -0.02,
    '(out-of-scope answered)': -0.14,
    answer: 0.87,
    advice: 0.95,
    'out-of-scope': 0.82,
  },
  // First scored at the end of that session: 92.3% (91.5% for the session's starting build).
  'heldout-8': {
    all: 0.89,
    '(in-scope declined)': -0.02,
    '(out-of-scope answered)': -0.17,
    answer: 0.9,
    advice: 0.92,
    'out-of-scope': 0.8,
  },
  'dev-x': { all: 0.86, advice: 0.95, 'advice-2': 0.93, '(out-of-scope answered)': -0.22 },
  'dev-y': { all: 0.89, advice: 0.96, 'general-ok': 0.82, '(out-of-scope answered)': -0.1 },
};

/** Why an answer fails a question (the rules of eval/score.mjs, as src/ask/eval-score.ts applies them). */
function failure(q, a) {
  if (!a) return 'no answer';
  if (!q.kinds.includes(a.kind)) return `kind ${a.kind}`;
  const missing =
    a.kind === 'answer' ? (q.must ?? []).filter((group) => !group.some((alt) => containsTerm(a.text, alt))) : [];
  if (missing.length) return `lacks ${missing.map((g) => g.join('/')).join('; ')}`;
  return passes({ ...q, must: q.must ?? [] }, a) ? '' : 'no source';
}

function answerAll(questions) {
  const input = questions.map((q, i) => JSON.stringify({ id: String(i), q: q.q, lang: q.lang })).join('\n');
  const run = spawnSync(process.execPath, [join(root, 'bin', 'impress.js'), 'ask', '--json', '--batch'], {
    input: `${input}\n`,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`impress ask failed: ${run.stderr}`);
  return run.stdout
    .toString()
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

const categoryOf = (q) => q.category ?? (q.kinds.includes('advice-declined') ? 'advice' : q.kinds[0]);
const readDir = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readJsonl(join(dir, f)).map((q) => ({ ...q, category: f.replace('.jsonl', '') })));

const sets = process.env.EVAL_QUESTIONS
  ? { file: readJsonl(process.env.EVAL_QUESTIONS) }
  : {
      dev: readJsonl(join(evalDir, 'questions.dev.jsonl')),
      train: readCorpus('train').filter((q) => q.kinds.length > 0),
      'dev-c': readCorpus('dev'),
      'dev-x': readDir(join(evalDir, 'dev-x')),
      'dev-y': readDir(join(evalDir, 'dev-y')),
      test: readCorpus('test'),
      heldout: readDir(join(evalDir, 'heldout')),
      'heldout-2': readDir(join(evalDir, 'heldout-2')),
      'heldout-3': readDir(join(evalDir, 'heldout-3')),
      'heldout-4': readDir(join(evalDir, 'heldout-4')),
      'heldout-5': readDir(join(evalDir, 'heldout-5')),
      'heldout-6': readDir(join(evalDir, 'heldout-6')),
      'heldout-7': readDir(join(evalDir, 'heldout-7')),
      'heldout-8': readDir(join(evalDir, 'heldout-8')),
    };

let failed = false;
const pct = (p, t) => `${((100 * p) / t).toFixed(1)}% (${p}/${t})`;
for (const [name, questions] of Object.entries(sets)) {
  const answers = answerAll(questions);
  const groups = {};
  const add = (key, ok) => {
    groups[key] ??= { passed: 0, total: 0 };
    groups[key].total++;
    if (ok) groups[key].passed++;
  };
  questions.forEach((q, i) => {
    const why = failure(q, answers[i]);
    for (const key of ['all', categoryOf(q), `${categoryOf(q)} ${q.lang ?? '?'}`]) add(key, !why);
    // The two mistakes that matter most, counted apart: an in-scope question declined as advice, and
    // an out-of-scope question answered.
    const kind = answers[i]?.kind;
    // In scope: a question whose right reply includes an answer (the dev set's no-answer questions are
    // out of scope or not known).
    if (q.kinds.includes('answer')) add('(in-scope declined)', kind === 'advice-declined');
    // A question about something the sources do not tell may be answered with that (kinds include answer).
    if (categoryOf(q) === 'out-of-scope' && !q.kinds.includes('answer'))
      add('(out-of-scope answered)', kind === 'answer');
    if (why && verbose && show.includes(name))
      console.log(`  FAIL [${name}] ${q.id}: ${q.q}\n       ${why}: ${answers[i]?.text?.slice(0, 160)}`);
  });
  const rows = Object.entries(groups).sort(([a], [b]) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)));
  console.log(`\n${name}`);
  for (const [key, g] of rows) {
    const min = THRESHOLDS[name]?.[key];
    const share = g.passed / g.total;
    const low = min !== undefined && (min < 0 ? share > -min : share < min);
    if (low) failed = true;
    console.log(
      `  ${key.padEnd(20)} ${pct(g.passed, g.total).padEnd(18)}${min === undefined ? '' : min < 0 ? ` max ${Math.round(-min * 100)}%` : ` min ${Math.round(min * 100)}%`}${low ? '  UNDER' : ''}`,
    );
  }
}
process.exitCode = failed ? 1 : 0;

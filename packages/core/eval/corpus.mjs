// The labelled question corpus (eval/corpus/*.jsonl) and its fixed split. Each question's split
// comes from a hash of a fixed seed and its id, so it never changes when questions are added:
// 60% train (the only part the engine learns from or is tuned on), 20% dev, 20% test.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The folder of the corpus files. */
export const CORPUS_DIR = join(here, 'corpus');
const SEED = 'impress-corpus-2026-12-02';

/** FNV-1a of a string, 32 bit. */
function fnv(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** `train`, `dev` or `test` for a question id. */
export function splitOf(id) {
  const bucket = fnv(`${SEED}:${id}`) % 10;
  return bucket < 6 ? 'train' : bucket < 8 ? 'dev' : 'test';
}

/** Reads JSON lines, naming the file and line of a broken one. */
export function readJsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => [line, i])
    .filter(([line]) => line.trim())
    .map(([line, i]) => {
      try {
        return JSON.parse(line);
      } catch {
        throw new Error(`${path}:${i + 1}: not JSON`);
      }
    });
}

/** Questions written for training only (no `must`, only a category): always in the train split. */
export const TRAIN_EXTRA_DIR = join(here, 'train-extra');

const jsonlIn = (dir) => readdirSync(dir).filter((f) => f.endsWith('.jsonl'));

/** A question's text for comparison: folded, letters and digits only. */
export function sameText(q) {
  return q
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The text of every question the engine is scored on: the dev set, the corpus dev and test splits,
 * the second and third tuning sets (dev-x, dev-y) and the held-out sets.
 */
export function evaluationQuestions() {
  const heldout = [
    'dev-x',
    'dev-y',
    'heldout',
    'heldout-2',
    'heldout-3',
    'heldout-4',
    'heldout-5',
    'heldout-6',
    'heldout-7',
    'heldout-8',
  ].map((d) => join(here, d));
  return [
    ...readJsonl(join(here, 'questions.dev.jsonl')),
    ...readAll().filter((q) => q.split !== 'train'),
    ...heldout.flatMap((dir) => jsonlIn(dir).flatMap((f) => readJsonl(join(dir, f)))),
  ].map((q) => q.q);
}

/** {@link evaluationQuestions}, each as {@link sameText} gives it. */
export function evaluationTexts() {
  return new Set(evaluationQuestions().map(sameText));
}

/**
 * Every corpus question of one split (or all), each with its `category` and `split`. The train split
 * leaves out any question whose text (folded) is also an evaluation question: the writers worked
 * apart, and a few of the same short questions ("tell me a joke") came out of more than one of them.
 */
export function readCorpus(split) {
  if (split !== 'train') return split ? readAll().filter((q) => q.split === split) : readAll();
  const evaluation = evaluationTexts();
  return readAll().filter((q) => q.split === 'train' && !evaluation.has(sameText(q.q)));
}

function readAll() {
  const all = [
    ...jsonlIn(CORPUS_DIR).flatMap((f) => readJsonl(join(CORPUS_DIR, f)).map((q) => ({ ...q, split: splitOf(q.id) }))),
    ...jsonlIn(TRAIN_EXTRA_DIR).flatMap((f) =>
      readJsonl(join(TRAIN_EXTRA_DIR, f)).map((q) => ({ kinds: [], must: [], ...q, split: 'train' })),
    ),
  ];
  return all;
}

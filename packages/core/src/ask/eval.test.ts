import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ask } from './ask';
import { type EvalQuestion, passes } from './eval-score';

const here = dirname(fileURLToPath(import.meta.url));
const read = (path: string): EvalQuestion[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalQuestion);

function score(questions: EvalQuestion[]) {
  const failed = questions.filter((q) => !passes(q, ask(q.q, q.lang ? { lang: q.lang } : {})));
  return { score: 1 - failed.length / questions.length, failed: failed.map((q) => q.id) };
}

// The dev set (a copy of the shared one, scored the same way by eval/score.mjs) and our own paraphrase sets.
const DEV = join(here, '..', '..', 'eval', 'questions.dev.jsonl');

describe('question answering quality', () => {
  it('scores at least 95% on the shared dev questions', () => {
    const { score: s, failed } = score(read(DEV));
    expect(s, `failed: ${failed.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('scores at least 90% on questions phrased differently', () => {
    const { score: s, failed } = score([
      ...read(join(here, '__fixtures__', 'paraphrases.jsonl')),
      ...read(join(here, '__fixtures__', 'blind.jsonl')),
    ]);
    expect(s, `failed: ${failed.join(', ')}`).toBeGreaterThanOrEqual(0.9);
  });
});

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { ask } from './ask';

const here = dirname(fileURLToPath(import.meta.url));
const outOfScope = readFileSync(join(here, '__fixtures__', 'out-of-scope.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'));
const data = dataset();
const inScope = [
  ...data.faq.flatMap((f) => [f.question.en, f.question.nb]),
  ...data.facts.flatMap((f) => [f.title.en, f.title.nb]),
];

// The scope thresholds in scope.ts were chosen on these two sets; this keeps them honest.
describe('scope calibration', () => {
  // The target of issue 12: at most 5% of out-of-scope questions answered (declining one as advice
  // is safe). On 2026-12-02 one of 41 was: "Hvor mange innbyggere har Trondheim?" gets St. Olavs.
  it('answers at most 5% of the written out-of-scope questions', () => {
    const accepted = outOfScope.filter((q) => ask(q).kind === 'answer');
    expect(accepted.length / outOfScope.length, `accepted: ${accepted.join(' | ')}`).toBeLessThanOrEqual(0.05);
  });

  it('answers at least 97% of FAQ questions and fact titles, in both languages', () => {
    const rejected = inScope.filter((q) => ask(q).kind === 'no-answer');
    const answered = FAQ_NOT_KNOWN_ALLOWANCE + inScope.length - rejected.length;
    expect(answered / inScope.length, `rejected: ${rejected.join(' | ')}`).toBeGreaterThanOrEqual(0.97);
  });
});

// FAQ entries marked answerable: no are answered with an honest no-answer; they count as handled.
const FAQ_NOT_KNOWN_ALLOWANCE = data.faq.filter((f) => f.answerable === 'no').length * 2;

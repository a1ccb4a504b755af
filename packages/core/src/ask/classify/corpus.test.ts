import { describe, expect, it } from 'vitest';
import { evaluationTexts, readCorpus, sameText } from '../../../eval/corpus.mjs';

// The models learn from the train split only; an evaluation question in it would be scored on what
// was learnt from it.
describe('the labelled corpus', () => {
  it('keeps every evaluation question out of the training questions', () => {
    const evaluation = evaluationTexts();
    const leaked = readCorpus('train').filter((q) => evaluation.has(sameText(q.q)));
    expect(leaked.map((q) => q.q)).toEqual([]);
    expect(evaluation.size).toBeGreaterThan(700);
  });

  it('splits by a fixed seed: the same questions in the same split on every run', () => {
    const test = readCorpus('test');
    expect(test.length).toBeGreaterThan(300);
    expect(readCorpus('test').map((q) => q.id)).toEqual(test.map((q) => q.id));
  });
});

import { describe, expect, it } from 'vitest';
import { evaluationQuestions, evaluationTexts, readCorpus, sameText } from '../../../eval/corpus.mjs';
import { dataset } from '../../data/dataset';
import model from '../../generated/ask-model.json';
import { Engine } from '../engine';
import { buildPassages } from '../passages';

// The models learn from the train split only; an evaluation question in it would be scored on what
// was learnt from it.
describe('the labelled corpus', () => {
  it('keeps every evaluation question out of the training questions', () => {
    const evaluation = evaluationTexts();
    const leaked = readCorpus('train').filter((q) => evaluation.has(sameText(q.q)));
    expect(leaked.map((q) => q.q)).toEqual([]);
    expect(evaluation.size).toBeGreaterThan(700);
  });

  it('ships no example question that is an evaluation question once spelling is corrected', () => {
    // "who is the natinal PI" in training is "who is the national PI of it" after correction, as an
    // evaluation question is: its vote would be its own answer. Passage titles are content, not training.
    const engine = new Engine(dataset());
    const seen = (q: string) => sameText(engine.correct(q));
    const evaluation = new Set(evaluationQuestions().map(seen));
    const titles = new Set(buildPassages(dataset()).flatMap((p) => [seen(p.title.en), seen(p.title.nb)]));
    const examples = (model as { examples: Array<{ q: string }> }).examples;
    expect(examples.length).toBeGreaterThan(3000);
    const leaked = examples.filter((e) => evaluation.has(sameText(e.q)) && !titles.has(sameText(e.q)));
    expect(leaked.map((e) => e.q)).toEqual([]);
  });

  it('splits by a fixed seed: the same questions in the same split on every run', () => {
    const test = readCorpus('test');
    expect(test.length).toBeGreaterThan(300);
    expect(readCorpus('test').map((q) => q.id)).toEqual(test.map((q) => q.id));
  });
});

import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import model from '../generated/ask-model.json';
import { oneWeight, rerankOnly } from './__fixtures__/models';
import { explain } from './ask';
import type { AskModel } from './classify/ask-model';
import { Engine } from './engine';
import type { Trace } from './trace';

const data = dataset();
const built = model as unknown as AskModel;

describe('the engine and its example questions', () => {
  it('ranks a passage only the examples found first when the reranker trusts them', () => {
    const question = 'when did the study open to patients';
    const target = 'person:aslaug-helland';
    const plain = new Engine(data, { ...built, examples: undefined });
    const trace: Trace = {};
    plain.ask(question, { lang: 'en' }, trace);
    expect(trace.retrieval?.hits.map((h) => h.id)).not.toContain(target);
    const engine = new Engine(data, rerankOnly(oneWeight('r:extra', 100), [{ q: question, passages: [target] }]));
    const voted: Trace = {};
    const answer = engine.ask(question, { lang: 'en' }, voted);
    expect(voted.retrieval?.hits[0]).toEqual({ id: target, score: 0 });
    expect(voted.retrieval?.votes).toEqual([{ id: target, share: 1 }]);
    expect(answer.text).toContain('Helland');
  });

  it('ignores votes for passages the content no longer has, answering as without them', () => {
    const stale = {
      ...built,
      examples: (built.examples ?? []).map((e) => ({ ...e, passages: [...e.passages, 'fact:gone-since'] })),
    };
    const now = new Engine(data, built);
    const old = new Engine(data, stale);
    for (const q of ['who pays for the drugs', 'når åpnet studien', 'what is the DCR at week 16']) {
      const a: Trace = {};
      const b: Trace = {};
      expect(old.ask(q, {}, b)).toEqual(now.ask(q, {}, a));
      expect(b.retrieval?.votes.length).toBeGreaterThan(0);
      expect(b.retrieval?.votes).toEqual(a.retrieval?.votes);
      expect(b.retrieval?.votes.map((v) => v.id)).not.toContain('fact:gone-since');
    }
  });
});

describe('questions the word index alone gets wrong', () => {
  it('answers a question that names the study and little else the content has', () => {
    // The scope model is sure; a quarter of the words matched used to turn it away.
    const { answer, trace } = explain('a friend from the gym mentioned impress, who organised that?');
    expect(trace.retrieval?.coverage).toBeLessThan(0.3);
    expect(answer.kind).toBe('answer');
  });

  it('takes "være med" for taking part, and says who can', () => {
    const { answer, trace } = explain('hvem kan være med i studien?');
    // Which passage says it first is the reranker's to learn (the eligibility summary, the FAQ entry
    // or the study overview all say it); that the reply says who can take part is the behaviour.
    expect(trace.retrieval?.votes.map((v) => v.id)).toEqual(expect.arrayContaining(['fact:eligibility-summary']));
    expect(answer.kind).toBe('answer');
    expect(answer.text).toMatch(/langtkommen kreft/);
  });
});

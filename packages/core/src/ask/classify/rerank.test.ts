import { describe, expect, it } from 'vitest';
import type { Passage } from '../passage';
import type { Hit } from '../retriever';
import { featureKey } from './features';
import { RerankFeatures, rerank, trainReranker } from './rerank';

const passage = (id: string, en: string): Passage => ({
  id: `fact:${id}`,
  kind: 'fact',
  title: { en: id, nb: id },
  text: { en, nb: en },
  keywords: '',
  sources: [],
  asOf: '2026-01-01',
  known: 'yes',
});

// Pairs of passages of the same kind and length and much the same words: one says when, the other where.
const pairs = [
  ['opened', 'The study opened for patients in April 2021.', 'The study opened for patients in all regions.'],
  [
    'grant',
    'The grant was awarded in 2020 by the health authorities.',
    'The grant was awarded there by the health authorities.',
  ],
  ['paper', 'The protocol paper appeared in 2022 in a journal.', 'The protocol paper appeared in Oslo in a journal.'],
  ['board', 'The board first met in 2021, online.', 'The board first met in Bergen, online.'],
] as const;
const fresh = [
  passage('new-u', 'Results were first shared with DRUP in Europe.'),
  passage('new-d', 'Results were first shared with DRUP in 2023.'),
];
const all = [
  ...pairs.flatMap(([id, dated, undated]) => [passage(`${id}-u`, undated), passage(`${id}-d`, dated)]),
  ...fresh,
];
const features = new RerankFeatures(all);
/** Hits in the word index's order, the first scored highest. */
const hitsOf = (ids: string[]): Hit[] =>
  ids.map((id, j) => ({ passage: all.find((p) => p.id === `fact:${id}`) as Passage, score: 10 - j }));

describe('the reranker', () => {
  it('learns what shape of answer a kind of question wants, for passages no question asked about', () => {
    // Training: each "when" question wants the dated passage; the word index puts it first or second
    // in turn, so the rank teaches nothing.
    const lists = pairs.map(([id], n) => {
      const datedFirst = n % 2 === 0;
      const hits = hitsOf(datedFirst ? [`${id}-d`, `${id}-u`] : [`${id}-u`, `${id}-d`]);
      const question = `when was the ${id}`;
      return { features: hits.map((_, j) => features.of(question, hits, j)), good: [datedFirst, !datedFirst] };
    });
    const model = trainReranker(lists);
    const ranked = rerank(model, features, 'when were the results shared', hitsOf(['new-u', 'new-d'])).hits;
    expect(ranked[0]?.passage.id).toBe('fact:new-d');
  });

  it('learns to trust the example questions’ votes, and follows them for passages it never saw', () => {
    // Training: the voted passage answers, whichever place the word index gave it and whether or not
    // it has a date, so only the votes tell.
    const lists = pairs.map(([id], n) => {
      const hits = hitsOf([`${id}-d`, `${id}-u`]);
      const voted = n % 2 === 0 ? 1 : 0;
      const votes = new Map([[(hits[voted] as Hit).passage.id, { share: 0.9, closest: 0.7 }]]);
      const question = `tell me about the ${id}`;
      return { features: hits.map((_, j) => features.of(question, hits, j, votes)), good: [voted === 0, voted === 1] };
    });
    const model = trainReranker(lists);
    const votes = new Map([['fact:new-d', { share: 0.8, closest: 0.6 }]]);
    const ranked = rerank(model, features, 'tell me about the results', hitsOf(['new-u', 'new-d']), votes).hits;
    expect(ranked[0]?.passage.id).toBe('fact:new-d');
    const other = new Map([['fact:new-u', { share: 0.8, closest: 0.6 }]]);
    expect(
      rerank(model, features, 'tell me about the results', hitsOf(['new-d', 'new-u']), other).hits[0]?.passage.id,
    ).toBe('fact:new-u');
  });
});

describe('the question word feature', () => {
  it('marks a passage whose title asks the same kind of question, and only that one', () => {
    const where = {
      ...passage('where', 'Done at the university hospitals.'),
      title: { en: 'Where the testing is done', nb: 'Hvor testingen gjøres' },
    };
    const who = {
      ...passage('who', 'Done by the study nurses.'),
      title: { en: 'Who does the testing', nb: 'Hvem tester' },
    };
    const f = new RerankFeatures([where, who]);
    const hits: Hit[] = [where, who].map((p) => ({ passage: p, score: 1 }));
    const key = featureKey('r:wh-title=where');
    expect(f.of('hvor sekvenseres vevet', hits, 0).has(key)).toBe(true);
    expect(f.of('hvor sekvenseres vevet', hits, 1).has(key)).toBe(false);
    expect(f.of('hvor mange prøver', hits, 0).has(key)).toBe(false);
  });
});

describe('the reranker features', () => {
  it('hash a word or word pair with its kind or shape to the bucket featureKey gives its name', () => {
    const f = features.of('when did the board meet', hitsOf(['board-d', 'board-u']), 0);
    // "board" and "meet" after crude stemming, as the feature names spell them.
    for (const name of ['r:fact|board', 'r:fact|board meet', 'r:year|board', 'r:shape=year'])
      expect(f.has(featureKey(name)), name).toBe(true);
  });
});

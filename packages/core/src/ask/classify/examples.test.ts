import { describe, expect, it } from 'vitest';
import type { Passage } from '../passage';
import type { Hit } from '../retriever';
import { EXAMPLE_NEIGHBOURS, ExampleIndex, withKnownPassages } from './examples';
import { candidates, EXTRA_CANDIDATES, RERANK_CANDIDATES, RerankFeatures } from './rerank';

const examples = [
  { q: 'who pays for the medicines in the study', passages: ['faq:cost'] },
  { q: 'hvem betaler for medisinene', passages: ['faq:cost'] },
  { q: 'is the drug free for patients', passages: ['faq:cost'] },
  { q: 'which hospital in tromsø takes part', passages: ['site:unn'] },
  { q: 'hvilket sykehus i tromsø er med', passages: ['site:unn'] },
  { q: 'when did the study open', passages: ['fact:start', 'news:first-patient'] },
];

describe('the example questions', () => {
  const index = new ExampleIndex(examples);

  it('vote for the passage of the questions most like an unseen one, through typos and inflection', () => {
    const votes = index.votes('hvem betaler medisinen i studien');
    const best = [...votes].sort((a, b) => b[1].share - a[1].share)[0];
    expect(best?.[0]).toBe('faq:cost');
    expect(best?.[1].share).toBeGreaterThan(0.5);
    expect(index.votes('hvilke sykehus i tromso').get('site:unn')?.closest).toBeGreaterThan(0.3);
  });

  it('split a question’s vote between the passages it is kept with', () => {
    const votes = index.votes('when did the study open');
    expect(votes.get('fact:start')?.share).toBeCloseTo(votes.get('news:first-patient')?.share ?? 0, 6);
  });

  it('give nothing for a question with no words, and no scope either way', () => {
    expect(index.votes('?!').size).toBe(0);
    expect(index.scope('?!')).toEqual({ outShare: 0, closestOut: 0, closestIn: 0 });
  });

  it('say how near a question is to out-of-scope examples and to in-scope ones', () => {
    const mixed = new ExampleIndex([
      ...examples,
      { q: 'what is the weather in tromsø tomorrow', passages: [], out: true },
      { q: 'hvordan blir været i tromsø i morgen', passages: [], out: true },
    ]);
    const weather = mixed.scope('weather tromsø tomorrow?');
    expect(weather.outShare).toBeGreaterThan(0.5);
    expect(weather.closestOut).toBeGreaterThan(weather.closestIn);
    const site = mixed.scope('which hospital in tromsø takes part');
    expect(site.outShare).toBeLessThan(0.5);
    expect(site.closestIn).toBeGreaterThan(0.9);
  });

  it('leave out the examples training asks to skip, so that no question votes for itself', () => {
    const votes = index.votes('who pays for the medicines in the study', (i) => i < 3);
    expect(votes.get('faq:cost')).toBeUndefined();
  });

  it('break ties by position, whatever order the examples are met in', () => {
    // Five examples of one word, then five of another, equally near a question naming both, which
    // meets the later five first. (Adapted from a review's reproduction.)
    const filler = Array.from({ length: 90 }, (_, i) => ({ q: 'zzz', passages: [`p:f${i}`] }));
    let checked = 0;
    for (const [first, second] of [
      ['alpha', 'bravo'],
      ['tango', 'hotel'],
      ['lima', 'oboe'],
      ['piano', 'rover'],
    ] as const) {
      const index = new ExampleIndex([
        ...filler,
        ...Array.from({ length: 5 }, (_, i) => ({ q: second, passages: [`p:b${i}`] })),
        ...Array.from({ length: 5 }, (_, i) => ({ q: first, passages: [`p:a${i}`] })),
      ]);
      const votes = index.votes(`qq ${first} ${second}`);
      const shares = new Set([...votes.values()].map((v) => v.share.toFixed(9)));
      if (shares.size !== 1) continue; // a hash collision made the two words unequal
      checked++;
      const want = [...Array.from({ length: 5 }, (_, i) => `p:b${i}`), 'p:a0', 'p:a1', 'p:a2'];
      expect([...votes.keys()].sort(), first).toEqual(want.sort());
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('drop the passages a newer content no longer has, so they take no share of the votes', () => {
    const old = [
      { q: 'who pays for the medicines', passages: ['faq:cost', 'faq:gone'] },
      { q: 'hvem betaler for medisinene', passages: ['faq:gone'] },
    ];
    const kept = withKnownPassages(old, [{ id: 'faq:cost' }]);
    expect(kept.map((e) => e.passages)).toEqual([['faq:cost'], []]);
    const votes = new ExampleIndex(kept).votes('who pays for the medicines');
    expect([...votes.keys()]).toEqual(['faq:cost']);
    expect(votes.get('faq:cost')?.share).toBeCloseTo(1, 6);
  });

  it('count only the nearest neighbours', () => {
    const names = [
      'alpha',
      'bravo',
      'delta',
      'gamma',
      'hotel',
      'india',
      'kilo',
      'lima',
      'oscar',
      'papa',
      'romeo',
      'tango',
      'zulu',
    ];
    const many = names.map((n) => ({ q: `where is the ${n} site of the trial`, passages: [`site:${n}`] }));
    const filler = Array.from({ length: 300 }, (_, i) => ({ q: `kohort ${i} olaparib`, passages: ['fact:x'] }));
    expect(new ExampleIndex([...filler, ...many]).votes('where is the site of the trial').size).toBe(
      EXAMPLE_NEIGHBOURS,
    );
  });
});

const passage = (id: string): Passage => ({
  id,
  kind: 'fact',
  title: { en: id, nb: id },
  text: { en: id, nb: id },
  keywords: '',
  sources: [],
  asOf: '2026-01-01',
  known: 'yes',
});

describe('the reranker’s candidates', () => {
  const all = Array.from({ length: 20 }, (_, i) => passage(`fact:p${i}`));
  const features = new RerankFeatures(all);
  const hits: Hit[] = all.slice(0, RERANK_CANDIDATES).map((p, j) => ({ passage: p, score: 20 - j }));

  it('add the passages the examples favour that the word index missed, with no word-index score', () => {
    const votes = new Map([
      ['fact:p15', { share: 0.6, closest: 0.8 }],
      ['fact:p3', { share: 0.3, closest: 0.5 }],
      ['fact:p16', { share: 0.05, closest: 0.2 }],
      ['gone:passage', { share: 0.5, closest: 0.7 }],
    ]);
    const out = candidates('who leads it', hits, votes, features);
    expect(out.map((h) => h.passage.id).slice(RERANK_CANDIDATES)).toEqual(['fact:p15']);
    expect(out.at(-1)?.score).toBe(0);
    expect(candidates('who leads it', hits, undefined, features)).toEqual(hits);
  });

  it('add at most EXTRA_CANDIDATES, the most voted first, ties by id', () => {
    const votes = new Map(
      all.slice(RERANK_CANDIDATES).map((p, i) => [p.id, { share: i === 5 ? 0.4 : 0.2, closest: 0.5 }]),
    );
    const out = candidates('who leads it', hits, votes, features).slice(RERANK_CANDIDATES);
    expect(out.map((h) => h.passage.id)).toEqual(['fact:p17', 'fact:p12', 'fact:p13']);
    expect(out).toHaveLength(EXTRA_CANDIDATES);
  });

  it('add a passage only if it names the drugs, genes and numbers the question names', () => {
    // The examples' features mask drug names: "alectinib" gets the votes of "olaparib".
    const drug = {
      ...passage('drug:olaparib'),
      text: { en: 'Olaparib acts on PARP.', nb: 'Olaparib virker på PARP.' },
    };
    const own = new RerankFeatures([...all, drug]);
    const votes = new Map([[drug.id, { share: 0.9, closest: 0.9 }]]);
    expect(candidates('who supplies alectinib', hits, votes, own)).toHaveLength(RERANK_CANDIDATES);
    expect(candidates('who supplies olaparib', hits, votes, own).at(-1)?.passage.id).toBe('drug:olaparib');
    expect(candidates('olaparib 2019?', hits, votes, own)).toHaveLength(RERANK_CANDIDATES);
  });
});

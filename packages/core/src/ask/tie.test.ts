import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import model from '../generated/ask-model.json';
import type { AskModel } from './classify/ask-model';
import { FEATURE_BUCKETS, featureKey } from './classify/features';
import { packLinearModel } from './classify/linear-model';
import { Engine } from './engine';
import { REPLIES } from './replies';

const built = model as AskModel;
/** The built model with another reranker: one weight on one feature. */
const withReranker = (feature: string, weight: number) => {
  const weights = new Float32Array(FEATURE_BUCKETS);
  weights[featureKey(feature)] = weight;
  return new Engine(dataset(), { ...built, rerank: packLinearModel({ bias: 0, weights }) });
};
// Answered from the passages (no structured intent answers it).
const question = 'Who leads DRUP?';

describe('two nearly tied passages', () => {
  it('are both shown, each with its sources, when the reranker cannot tell them apart', () => {
    // A reranker that scores every passage alike: the two best are tied.
    const tied = withReranker('r:unused', 1).ask(question, { lang: 'en' });
    const first = withReranker('r:rank0', 100).ask(question, { lang: 'en' });
    expect(tied.text).toContain(`${REPLIES.also.en} `);
    expect(tied.text.startsWith(first.text)).toBe(true);
    for (const s of first.sources) expect(tied.sources.map((x) => x.id)).toContain(s.id);
    expect(tied.sources.length).toBeGreaterThan(first.sources.length);
  });

  it('are not both shown when the reranker clearly prefers one', () => {
    const clear = withReranker('r:rank0', 100).ask(question, { lang: 'en' });
    expect(clear.kind).toBe('answer');
    expect(clear.text).not.toContain(`${REPLIES.also.en} `);
  });
});

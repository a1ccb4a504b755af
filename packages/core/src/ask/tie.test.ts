import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { oneWeight, rerankOnly } from './__fixtures__/models';
import { Engine } from './engine';
import { fromHits } from './from-hits';
import type { Passage } from './passage';
import { REPLIES } from './replies';

/** Only the reranker differs between engines. */
const engineWith = (rerank: ReturnType<typeof oneWeight>) => new Engine(dataset(), rerankOnly(rerank));
// Answered from the passages (no structured intent answers it).
const question = 'Who leads DRUP?';

const passage = (id: string, text: string, sources: string[]): Passage => ({
  id: `fact:${id}`,
  kind: 'fact',
  title: { en: id, nb: id },
  text: { en: text, nb: text },
  keywords: '',
  sources: sources.map((s) => ({ id: s, url: `https://example.org/${s}`, title: s, publisher: 'x', lang: 'en' })),
  asOf: '2026-01-01',
  known: 'yes',
});

describe('two nearly tied passages', () => {
  it('are both shown, each with its sources, when the reranker cannot tell them apart', () => {
    const tied = engineWith(oneWeight('r:unused')).ask(question, { lang: 'en' });
    const first = engineWith(oneWeight('r:rank0', 100)).ask(question, { lang: 'en' });
    expect(tied.text).toContain(`${REPLIES.also.en} `);
    expect(tied.text.startsWith(first.text)).toBe(true);
    for (const s of first.sources) expect(tied.sources.map((x) => x.id)).toContain(s.id);
    expect(tied.sources.length).toBeGreaterThan(first.sources.length);
    expect(tied.related.length).toBe(3);
  });

  it('are not both shown when the reranker clearly prefers one', () => {
    const clear = engineWith(oneWeight('r:rank0', 100)).ask(question, { lang: 'en' });
    expect(clear.kind).toBe('answer');
    expect(clear.text).not.toContain(`${REPLIES.also.en} `);
  });

  it('are not both shown when they say the same thing, and the second source comes before a cut at five', () => {
    const a = passage('opened', 'The study opened for patients on 1 April 2021.', ['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    const same = passage('opening', 'On 1 April 2021 the study opened for patients.', ['b1']);
    const other = passage('sponsor', 'Oslo University Hospital is the sponsor.', ['b1']);
    expect(
      fromHits(
        [
          { passage: a, score: 2 },
          { passage: same, score: 1 },
        ],
        'en',
        'when',
        0,
      ).text,
    ).toBe(a.text.en);
    const both = fromHits(
      [
        { passage: a, score: 2 },
        { passage: other, score: 1 },
      ],
      'en',
      'when',
      0,
    );
    expect(both.text).toBe(`${a.text.en} ${REPLIES.also.en} sponsor: ${other.text.en}`);
    expect(both.sources.slice(0, 5).map((s) => s.id)).toContain('b1');
  });
});

describe('a "not known" passage ranked first', () => {
  const unknown = { ...passage('ctis', 'No EU CT (CTIS) number was found.', ['c1']), known: 'no' as const };
  const number = passage('eudract', 'The EudraCT number is 2020-004414-35.', ['e1']);

  it('gives way to a known passage the word index scores close to it', () => {
    const draft = fromHits(
      [
        { passage: unknown, score: 10 },
        { passage: number, score: 6 },
      ],
      'en',
      'eudract?',
    );
    expect(draft.kind).toBe('answer');
    expect(draft.text).toContain('2020-004414-35');
  });

  it('stands when only the example questions found it (no word-index score to compare)', () => {
    // Before, 6 >= 0 * 0.5 held for any known passage, however weak, after an extra candidate.
    const draft = fromHits(
      [
        { passage: unknown, score: 0 },
        { passage: number, score: 6 },
      ],
      'en',
      'ctis?',
    );
    expect(draft.kind).toBe('no-answer');
    expect(draft.text).toContain('No EU CT');
    const weak = fromHits(
      [
        { passage: unknown, score: 10 },
        { passage: number, score: 0 },
      ],
      'en',
      'ctis?',
    );
    expect(weak.kind).toBe('no-answer');
  });
});

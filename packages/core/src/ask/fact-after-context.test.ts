import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { oneWeight } from './__fixtures__/models';
import type { Answer } from './answer';
import { ASK_MODEL_VERSION, type AskModel } from './classify/ask-model';
import { askedClause, askedSentence, factClauseAfterContext } from './classify/asked';
import { FEATURE_BUCKETS } from './classify/features';
import { Engine } from './engine';

// An advice model that declines every question naming a person, as a vignette-heavy corpus can
// teach it to: the engine must still answer a general question asked after such context.
const personIsAdvice: AskModel = {
  version: ASK_MODEL_VERSION,
  buckets: FEATURE_BUCKETS,
  advice: { model: oneWeight('s:person', 10), threshold: 0.9 },
  scope: { model: oneWeight(), threshold: 0, confident: 0 },
};

describe('a general question after context about someone', () => {
  it('is the last clause, when it asks a fact with no person, decision or dose in it', () => {
    expect(askedClause('my aunt has colon cancer, are there many colon cancer patients in impress')).toBe(
      'are there many colon cancer patients in impress',
    );
    expect(askedClause('how many hospitals are in it now')).toBeUndefined();
    expect(factClauseAfterContext('min søster har sarkom. hvor mange pasienter er behandlet i studien')).toBe(
      'hvor mange pasienter er behandlet i studien',
    );
    expect(factClauseAfterContext('pappa har lungekreft, hvor mange måneder gir medisinen ham')).toBeUndefined();
    expect(
      factClauseAfterContext('is it too late for me to start now, when it has spread to the liver'),
    ).toBeUndefined();
    expect(factClauseAfterContext('he has had three lines of chemo, who is right, do you think')).toBeUndefined();
  });

  it('is the first sentence, when it alone asks and the context follows', () => {
    expect(askedSentence('Is Ahus in the study? Asking for my aunt, she is treated there.')).toBe(
      'Is Ahus in the study?',
    );
    expect(askedSentence('Is Ahus in the study?')).toBeUndefined();
    expect(askedSentence('Is it free? Who pays for it?')).toBeUndefined();
    expect(factClauseAfterContext('Is lorlatinib one of the study drugs? My aunt heard of it.')).toBe(
      'Is lorlatinib one of the study drugs',
    );
    // Context after the question still counts: a dose or a decision in it keeps the question advice.
    expect(factClauseAfterContext('Is olaparib one of the study drugs? My aunt wants to stop her chemo for it.')).toBe(
      undefined,
    );
    expect(factClauseAfterContext('Which drugs are there? Should my aunt take one?')).toBeUndefined();
  });

  it('is answered though the advice model alone would decline it; a decision after context is still declined', () => {
    const engine = new Engine(dataset(), personIsAdvice);
    expect(engine.ask('my aunt has colon cancer, which companies supply drugs to the study', { lang: 'en' }).kind).toBe(
      'answer',
    );
    expect(engine.ask('min søster har sarkom. hvor mange sykehus er med i studien', { lang: 'nb' }).kind).toBe(
      'answer',
    );
    expect(engine.ask('What is InPreD? My aunt heard of it from her oncologist.', { lang: 'en' }).kind).toBe('answer');
    expect(engine.ask('my aunt has colon cancer, should she ask to join the study', { lang: 'en' }).kind).toBe(
      'advice-declined',
    );
    expect(engine.ask('my aunt has colon cancer and wonders about the study', { lang: 'en' }).kind).toBe(
      'advice-declined',
    );
    // Only the model declines these: a judgement in the last clause, a prognosis in the context.
    expect(engine.ask('my aunt has colon cancer, what is the best treatment in the study', { lang: 'en' }).kind).toBe(
      'advice-declined',
    );
    expect(
      engine.ask('my aunt has two months left, how many patients have been treated so far', { lang: 'en' }).kind,
    ).toBe('advice-declined');
  });

  it("answers a question about the study's procedures asked in the first person, not a judgement of one's case", () => {
    const engine = new Engine(dataset(), personIsAdvice);
    const cases: Array<[string, Answer['kind']]> = [
      ['will I have to travel to Oslo for the study', 'answer'],
      ['må pappa reise til Oslo for å være med i studien', 'answer'],
      ['could my wife get a placebo in the study', 'answer'],
      ['do we have to pay for the drugs in the study', 'answer'],
      ['should I travel to Oslo for the study', 'advice-declined'],
      ['tror du jeg får en ny match hvis de tar ny biopsi', 'advice-declined'],
      ['the liquid test and the tissue sample disagree, which one should I believe for me', 'advice-declined'],
      ['is it worth it for my dad to pay for the test privately', 'advice-declined'],
    ];
    for (const [q, kind] of cases) expect(engine.ask(q).kind, q).toBe(kind);
  });

  it('is the last sentence, typed without a question mark, when it asks', () => {
    expect(askedSentence('my aunt was told about it on a forum. what is impress in simple words')).toBe(
      'what is impress in simple words',
    );
    expect(askedSentence('my aunt was told about it on a forum. she liked it.')).toBeUndefined();
  });

  it('takes a question after context for in scope when the question alone is', () => {
    // A scope model that finds "forum" far from the study: the context alone would make it out of scope.
    const forumIsOut: AskModel = {
      ...personIsAdvice,
      advice: { model: oneWeight(), threshold: 1.1 },
      scope: { model: oneWeight('w:forum', -20), threshold: 0.3, confident: 0.9 },
    };
    const engine = new Engine(dataset(), forumIsOut);
    expect(engine.ask('A forum post mentioned it. Which hospitals take part in IMPRESS?', { lang: 'en' }).kind).toBe(
      'answer',
    );
    expect(engine.ask('Which hospitals in the forum take part in IMPRESS', { lang: 'en' }).kind).toBe('no-answer');
  });
});

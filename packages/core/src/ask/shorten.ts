import { fold } from '../text/fold';
import { firstSentences, splitSentences } from '../text/sentences';
import { QUANTITY } from './retriever-weights';
import { expandSynonyms } from './synonyms';
import { contentTokens, termsOf } from './terms';

/** Most sentences of a passage an answer keeps, so answers stay short enough for a chat message. */
export const MAX_SENTENCES = 4;

/** Keeps the first few sentences of a passage's text: what an answer built on it shows. */
export function shorten(text: string): string {
  return firstSentences(text, MAX_SENTENCES);
}

/**
 * The part of a long passage that answers the question: the first sentence (it says what the
 * passage is about), then the sentences that share most words with the question, in the passage's
 * order. A question after a quantity prefers sentences with a number. Short passages stay whole.
 */
export function excerpt(text: string, question: string): string {
  const sentences = splitSentences(text);
  if (sentences.length <= MAX_SENTENCES) return text.trim();
  // A synonym of a question's word counts as the word: "pubmed id" wants the sentence with the PMID.
  const wanted = new Set([question, ...expandSynonyms(question).flat()].flatMap(contentTokens).flatMap(termsOf));
  const quantity = QUANTITY.test(fold(question));
  // Words, not terms, are counted: "protokollartikkelen" and its stem are one match, not two.
  const score = (s: string) =>
    [...new Set(contentTokens(s))].filter((w) => termsOf(w).some((t) => wanted.has(t))).length +
    (quantity && /\d/.test(s) ? 0.5 : 0);
  const ranked = sentences
    .map((s, i) => ({ i, score: i === 0 ? Number.POSITIVE_INFINITY : score(s) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, MAX_SENTENCES)
    .sort((a, b) => a.i - b.i);
  return ranked
    .map((r) => sentences[r.i])
    .join(' ')
    .trim();
}

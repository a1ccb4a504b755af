// The shapes the retriever works with: a question's search plan and what a search found.
import type { Passage } from './passages';

/** What one question needs for searching and reranking. */
export interface QueryPlan {
  question: string;
  own: string[];
  ownTerms: Set<string>;
  nameTerms: Set<string>;
  synonymWeight: Map<string, number>;
  groups: string[][];
  quantity: boolean;
  when: boolean;
  /** IDF of each of `own`. */
  weights: number[];
}

/** A ranked passage and how much of the question it covers. */
export interface Hit {
  passage: Passage;
  score: number;
}

/** What the retriever found for one question. */
export interface Retrieval {
  hits: Hit[];
  /** Score of the best passage. */
  topScore: number;
  /** Share (0-1) of the question's content words that the best-covering top passage matches. */
  coverage: number;
  /** Number of content words in the question. */
  contentWords: number;
}

/**
 * Thresholds that decide when a question is outside what the knowledge base covers. They are
 * calibrated on `calibration.jsonl` beside this file (in-scope and out-of-scope questions written for
 * calibration, not the evaluation set) by `scope.test.ts`, which fails if they stop separating the two.
 */
export const SCOPE = {
  /** Least share of a question's content words that must occur in the knowledge base. */
  minCoverage: 0.5,
  /** Least BM25 score of the best passage. */
  minScore: 4,
} as const;

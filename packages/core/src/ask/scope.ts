/**
 * Without the trained scope model (an Engine built with no model), these decide alone. With it
 * (scripts/train-ask.ts), a question the model puts below its threshold is out of scope, and one
 * between its threshold and its "sure" level needs `minCoverage`.
 *
 * Thresholds that decide when a question is outside what the knowledge base covers. Calibrated on
 * data, not guessed: `scope.test.ts` measures every FAQ question and fact title (in scope, both
 * languages) against `__fixtures__/out-of-scope.txt` (written for calibration, not the evaluation
 * set). Coverage of at least 0.55 (strictly more than half of the content words) rejected all 40
 * out-of-scope questions while keeping 203 of 207 in-scope ones on 2026-11-29; three of the four it
 * rejected are answered by the structured intents, which run before this check. Half is not enough:
 * two-word questions such as "population of Oslo" match one word by chance.
 */
export const SCOPE = {
  /** Least share of a question's content words that one of the top passages must match. */
  minCoverage: 0.55,
  /**
   * The same when the scope model is sure the question is about the study: real questions carry
   * words no passage has. Compared on the corpus dev split (0, 0.3, 0.4): 0.3 turned away
   * "Who won the Eurovision Song Contest?" at the cost of one in-scope question in 237.
   */
  minCoverageWhenSure: 0.3,
  /** Least BM25 score of the best passage (guards against degenerate matches). */
  minScore: 1,
} as const;

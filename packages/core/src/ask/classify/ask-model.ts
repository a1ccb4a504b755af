import type { ExampleQuestion } from './examples';
import type { PackedLinearModel } from './linear-model';

/** Bumped when the shape of the generated model changes. */
export const ASK_MODEL_VERSION = 7;

/** A trained yes/no decision: the model and the probability from which the answer is yes. */
export interface Decision {
  model: PackedLinearModel;
  threshold: number;
}

/**
 * What the build learns from the train split of the labelled corpus (scripts/train-ask.ts) and
 * `ask()` uses: whether a question asks for personal advice, whether it is about the study at all,
 * and how to order the word index's best passages.
 */
export interface AskModel {
  version: number;
  /** Feature buckets the weights were trained over; must equal FEATURE_BUCKETS. */
  buckets: number;
  advice: Decision;
  /** Below `threshold` a question is out of scope; from `confident` on, it needs no word-index check. */
  scope: Decision & { confident: number };
  /** Weights of the learnt reranker (see rerank.ts); without them the word index's order stands. */
  rerank?: PackedLinearModel;
  /**
   * Labelled questions and the passages that answer them (or that they are out of scope): the
   * reranker weighs their votes, the scope model how near a question is to either side.
   */
  examples?: ExampleQuestion[];
}

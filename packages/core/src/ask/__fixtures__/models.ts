// Hand-made ask models for tests: one weight each, so a test decides what the engine prefers.
import { ASK_MODEL_VERSION, type AskModel } from '../classify/ask-model';
import type { ExampleQuestion } from '../classify/examples';
import { FEATURE_BUCKETS, featureKey } from '../classify/features';
import { type PackedLinearModel, packLinearModel } from '../classify/linear-model';

/** One weight on one feature (none: every input scores alike). */
export function oneWeight(feature?: string, weight = 1): PackedLinearModel {
  const weights = new Float32Array(FEATURE_BUCKETS);
  if (feature) weights[featureKey(feature)] = weight;
  else weights[0] = 1;
  return packLinearModel({ bias: 0, weights });
}

/** Advice never, every question in scope and sure: only the reranker (and the examples) decide. */
export function rerankOnly(rerank: PackedLinearModel, examples?: ExampleQuestion[]): AskModel {
  return {
    version: ASK_MODEL_VERSION,
    buckets: FEATURE_BUCKETS,
    advice: { model: oneWeight(), threshold: 1.1 },
    scope: { model: oneWeight(), threshold: 0, confident: 0 },
    rerank,
    examples,
  };
}

import { FEATURE_BUCKETS } from './features';

/** A trained binary logistic-regression model over hashed features: a weight per bucket and a bias. */
export interface LinearModel {
  bias: number;
  weights: Float32Array;
}

/** A model as the package ships it: weights quantised to 8 bits, base64 (16 KiB a model). */
export interface PackedLinearModel {
  bias: number;
  /** Weight of one quantisation step. */
  scale: number;
  weights: string;
}

/** One labelled example: its features and whether it is of the class (1) or not (0). */
export interface Example {
  features: Map<number, number>;
  label: 0 | 1;
  /** How much the example counts (default 1): used to balance classes of different sizes. */
  weight?: number;
  /** Where the example came from, for the trainer's own bookkeeping. */
  tag?: string;
  /** Cross-validation fold, from the example's text, so adding a question moves no other. */
  fold?: number;
}

/** Options for {@link trainLinearModel}. */
export interface TrainOptions {
  epochs?: number;
  /** L2 penalty per step; keeps weights of rare features small. */
  l2?: number;
  learningRate?: number;
  /** Seed of the example order, so a build always gives the same model. */
  seed?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's probability that the features belong to the class. */
export function predict(model: LinearModel, features: Map<number, number>): number {
  let z = model.bias;
  for (const [k, v] of features) z += (model.weights[k] ?? 0) * v;
  return sigmoid(z);
}

/** Quantises a model's weights to 8 bits for shipping. */
export function packLinearModel(model: LinearModel): PackedLinearModel {
  const max = model.weights.reduce((m, w) => Math.max(m, Math.abs(w)), 0) || 1;
  const scale = max / 127;
  const bytes = Int8Array.from(model.weights, (w) => Math.round(w / scale));
  return { bias: model.bias, scale, weights: btoa(String.fromCharCode(...new Uint8Array(bytes.buffer))) };
}

/** The model back from its shipped form. */
export function unpackLinearModel(packed: PackedLinearModel): LinearModel {
  // atob, not Buffer: the package also runs in browsers.
  const bytes = new Int8Array(Uint8Array.from(atob(packed.weights), (c) => c.charCodeAt(0)).buffer);
  return { bias: packed.bias, weights: Float32Array.from(bytes, (b) => b * packed.scale) };
}

/** A small deterministic generator (mulberry32), for a shuffle that is the same on every build. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Trains logistic regression with AdaGrad over sparse features. Hand-written because the libraries on
 * npm take dense matrices, which for 2^14 hashed features would be hundreds of times slower; this
 * is a few dozen lines and deterministic for a given seed.
 */
export function trainLinearModel(examples: Example[], options: TrainOptions = {}): LinearModel {
  const { epochs = 10, l2 = 1e-4, learningRate = 0.05, seed = 1 } = options;
  const w = new Float64Array(FEATURE_BUCKETS);
  const g2 = new Float64Array(FEATURE_BUCKETS);
  let bias = 0;
  let biasG2 = 0;
  const order = examples.map((_, i) => i);
  const next = random(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const ex = examples[index] as Example;
      let z = bias;
      for (const [k, v] of ex.features) z += (w[k] as number) * v;
      const err = (sigmoid(z) - ex.label) * (ex.weight ?? 1);
      for (const [k, v] of ex.features) {
        const grad = err * v + l2 * (w[k] as number);
        g2[k] = (g2[k] as number) + grad * grad;
        w[k] = (w[k] as number) - (learningRate * grad) / Math.sqrt((g2[k] as number) + 1e-8);
      }
      biasG2 += err * err;
      bias -= (learningRate * err) / Math.sqrt(biasG2 + 1e-8);
    }
  }
  return { bias, weights: Float32Array.from(w) };
}

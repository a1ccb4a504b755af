import { fold } from '../../text/fold';
import { GENES } from '../intents/lists';

/** Buckets of the feature hash: large enough that collisions rarely matter for a few thousand questions. */
export const FEATURE_BUCKETS = 1 << 14;

/**
 * FNV-1a, 32 bit, of `text` continued from `state` (the hash of what came before it), so a feature
 * name with a shared prefix can be hashed without making its string.
 */
export function fnv(text: string, state = 0x811c9dc5): number {
  let h = state;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** The bucket of a named feature: FNV-1a, 32 bit, a stable hash (the same at build and run time). */
export function featureKey(text: string): number {
  return (fnv(text) >>> 0) % FEATURE_BUCKETS;
}

/** FNV-1a state after "c:", the prefix of every character n-gram feature. */
const GRAM_SEED = fnv('c:');

/**
 * The buckets of "c:" + every 3- to 5-character slice of `edged`: featureKey of each (the model's
 * weights depend on that), hashed incrementally without making a string per slice, which makes
 * indexing the example questions about twice as fast.
 */
function charGrams(edged: string, add: (key: number) => void): void {
  for (let j = 0; j + 3 <= edged.length; j++) {
    let h = GRAM_SEED;
    for (let n = 0; n < 5 && j + n < edged.length; n++) {
      h ^= edged.charCodeAt(j + n);
      h = Math.imul(h, 0x01000193);
      if (n >= 2) add((h >>> 0) % FEATURE_BUCKETS);
    }
  }
}

const GENE_WORDS = new Set(GENES);
/**
 * A drug name by its stem (-mab antibodies, -nib/-lib/-rib/-sib kinase, PARP and PI3K inhibitors), as
 * a pattern source for folded words: the classifiers mask it, the advice and off-topic rules read it.
 */
export const DRUG_NAME = String.raw`[a-z]{4,}(mab|nib|lib|rib|sib)`;
const DRUG_LIKE = new RegExp(`^${DRUG_NAME}$`);

/** Lower-case, folded words (æ = ae, ø = o, å = a), letters and digits only. */
export function foldedWords(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A folded word as the classifiers see it: a gene symbol, drug name or number by its kind. */
const masked = (w: string) =>
  GENE_WORDS.has(w) ? 'genex' : DRUG_LIKE.test(w) ? 'drugx' : /^\d+$/.test(w) ? 'numx' : w;

/**
 * Lower-case, folded words (æ = ae, ø = o, å = a). Gene symbols become "genex", drug names "drugx"
 * and numbers "numx", so the classifiers learn "should my mother take <drug>" once for every drug,
 * and a question about a drug is not advice because advice questions often name one.
 */
export function words(text: string): string[] {
  return foldedWords(text).map(masked);
}

/**
 * The words of a text that {@link words} masks (drug names, gene symbols, numbers), folded: the
 * features cannot tell "olaparib" from "alectinib", so whatever matches on features alone must
 * still name these.
 */
export function maskedWords(text: string): string[] {
  return foldedWords(text).filter((w) => masked(w) !== w);
}

/**
 * The features of a question for the linear classifiers: words, word pairs, and character 3- to
 * 5-grams of each word with its edges marked, so "bivirkningene", "bivirkninger" and a typo such as
 * "bivirkingene" share most of their features. Each feature is a hashed bucket with a count; the
 * vector is scaled to unit length, so long and short questions weigh alike. `signals` (from rules,
 * such as "names a person") are added after scaling, each with the value 1.
 */
export function featuresOf(text: string, signals: string[] = []): Map<number, number> {
  const counts = new Map<number, number>();
  featureKeys(text, (key) => counts.set(key, (counts.get(key) ?? 0) + 1));
  let norm = 0;
  for (const v of counts.values()) norm += v * v;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (const [k, v] of counts) counts.set(k, v * scale);
  for (const signal of signals) counts.set(featureKey(signal), 1);
  return counts;
}

/**
 * The bucket of every feature of {@link featuresOf}, once per occurrence and not yet counted or
 * scaled: the example index counts them into a typed array, which is several times faster than a Map.
 */
export function featureKeys(text: string, add: (key: number) => void): void {
  const ws = words(text);
  ws.forEach((w, i) => {
    add(featureKey(`w:${w}`));
    if (i > 0) add(featureKey(`b:${ws[i - 1]} ${w}`));
    charGrams(`<${w}>`, add);
  });
  if (ws.length > 0) add(featureKey(`b:<s> ${ws[0]}`));
}

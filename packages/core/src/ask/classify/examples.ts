import { FEATURE_BUCKETS, featureKeys } from './features';

/** A labelled training question: the passages (by id) that answer it, or that it is out of scope. */
export interface ExampleQuestion {
  /** The question as the engine sees it. */
  q: string;
  /** Ids of the passages that hold its answer (none when no passage was found or it is out of scope). */
  passages: string[];
  /** Not about the study. */
  out?: boolean;
}

/** How many of the most similar example questions vote for their passages. */
export const EXAMPLE_NEIGHBOURS = 8;
/**
 * Features held by more than this share of the examples ("<wh", "hva") say nothing about which
 * passage is meant, and skipping them keeps a lookup to the rarer, telling ones.
 */
const COMMON_SHARE = 0.05;
/** ... unless they are in this few examples or fewer (a small index keeps its features). */
const COMMON_LEAST = 3;

/** What the example questions say about one passage for one question. */
export interface ExampleVote {
  /** Share of the neighbours' (similarity-weighted) votes that went to the passage, 0-1. */
  share: number;
  /** Cosine similarity of the closest neighbour that voted for it, 0-1. */
  closest: number;
}

/**
 * The example questions with only the passages this content has: a model trained on older content
 * must not vote for a passage that is gone, nor count such votes against the others.
 */
export function withKnownPassages(
  examples: readonly ExampleQuestion[],
  passages: ReadonlyArray<{ id: string }>,
): ExampleQuestion[] {
  const ids = new Set(passages.map((p) => p.id));
  return examples.map((e) => ({ ...e, passages: e.passages.filter((id) => ids.has(id)) }));
}

/** What the nearest example questions say about a question's scope. */
export interface ScopeNeighbours {
  /** Share of the neighbours' (similarity-weighted) weight that is out of scope, 0-1. */
  outShare: number;
  /** Similarity of the closest out-of-scope neighbour, 0-1. */
  closestOut: number;
  /** Similarity of the closest in-scope neighbour, 0-1. */
  closestIn: number;
}

/**
 * Doc2query the other way round: labelled questions kept with the passages that answer them, so an
 * unseen question reaches a passage through a question like it ("hvem betaler for medisinene" near
 * "who pays for the drugs") even when it shares few words with the passage's own text. Similarity is
 * cosine over the classifiers' features (words, word pairs, character n-grams, so typos and
 * inflections still meet), weighted by how rare each feature is among the examples.
 */
export class ExampleIndex {
  /**
   * The postings of every feature bucket, packed (compressed sparse rows): bucket k's examples are
   * `examples[start[k]]` up to `examples[start[k + 1]]`, with their weights. Typed arrays keep the
   * heap small and the build fast.
   */
  private readonly start = new Uint32Array(FEATURE_BUCKETS + 1);
  private readonly examples: Uint32Array;
  private readonly weights: Float32Array;
  /** Rarity of each bucket among the examples; 0 for a common one, which is left out. */
  private readonly idf = new Float32Array(FEATURE_BUCKETS);
  private readonly passages: string[][];
  private readonly out: boolean[];
  private readonly sims: Float64Array;
  /** Feature counts of the text being counted, cleared after each. */
  private readonly counts = new Float64Array(FEATURE_BUCKETS);
  private last?: { question: string; ids: Uint32Array; sims: Float64Array };

  /** Indexes the examples: about 70 ms for 5,000 questions on a small machine. */
  constructor(examples: readonly ExampleQuestion[]) {
    this.passages = examples.map((e) => e.passages);
    this.out = examples.map((e) => e.out === true);
    this.sims = new Float64Array(examples.length);
    const vectors = examples.map((e) => this.countsOf(e.q));
    const df = new Uint32Array(FEATURE_BUCKETS);
    for (const v of vectors) for (const k of v.keys) df[k] = (df[k] as number) + 1;
    const n = Math.max(1, examples.length);
    for (let k = 0; k < FEATURE_BUCKETS; k++) {
      const d = df[k] as number;
      if (d > 0 && d <= Math.max(COMMON_LEAST, n * COMMON_SHARE)) this.idf[k] = Math.log(1 + n / d);
      this.start[k + 1] = (this.start[k] as number) + (this.idf[k] ? d : 0);
    }
    const size = this.start[FEATURE_BUCKETS] as number;
    this.examples = new Uint32Array(size);
    this.weights = new Float32Array(size);
    const fill = this.start.slice(0, FEATURE_BUCKETS);
    vectors.forEach((v, i) => {
      const w = this.weigh(v);
      w.keys.forEach((k, j) => {
        const at = fill[k] as number;
        this.examples[at] = i;
        this.weights[at] = w.values[j] as number;
        fill[k] = at + 1;
      });
    });
  }

  /**
   * How often each feature occurs in a text (featuresOf's features, unscaled: scaling cancels in the
   * cosine), counted in a reused typed array rather than a Map, which makes indexing much faster.
   */
  private countsOf(text: string): { keys: number[]; values: number[] } {
    const scratch = this.counts;
    const keys: number[] = [];
    featureKeys(text, (k) => {
      if (scratch[k] === 0) keys.push(k);
      scratch[k] = (scratch[k] as number) + 1;
    });
    const values = keys.map((k) => scratch[k] as number);
    for (const k of keys) scratch[k] = 0;
    return { keys, values };
  }

  /** A feature vector weighted by rarity and scaled to unit length; common features dropped. */
  private weigh(v: { keys: number[]; values: number[] }): { keys: number[]; values: number[] } {
    const out = { keys: [] as number[], values: [] as number[] };
    let norm = 0;
    v.keys.forEach((k, j) => {
      const idf = this.idf[k] as number;
      if (idf === 0) return;
      const w = (v.values[j] as number) * idf;
      out.keys.push(k);
      out.values.push(w);
      norm += w * w;
    });
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let j = 0; j < out.values.length; j++) out.values[j] = (out.values[j] as number) * scale;
    return out;
  }

  /** Every example sharing a telling feature with the question, and its similarity. */
  private similar(question: string): { ids: Uint32Array; sims: Float64Array } {
    if (this.last?.question === question) return this.last;
    const sims = this.sims;
    const touched: number[] = [];
    const q = this.weigh(this.countsOf(question));
    for (let f = 0; f < q.keys.length; f++) {
      const k = q.keys[f] as number;
      const w = q.values[f] as number;
      const end = this.start[k + 1] as number;
      for (let j = this.start[k] as number; j < end; j++) {
        const i = this.examples[j] as number;
        if (sims[i] === 0) touched.push(i);
        sims[i] = (sims[i] as number) + w * (this.weights[j] as number);
      }
    }
    const found = { question, ids: Uint32Array.from(touched), sims: new Float64Array(touched.length) };
    touched.forEach((i, j) => {
      found.sims[j] = sims[i] as number;
      sims[i] = 0;
    });
    // The scope model and the reranker ask about the same question one after the other.
    this.last = found;
    return found;
  }

  /** The most similar examples, best first (ties by position, so the order is stable). */
  private nearest(question: string, skip?: (example: number) => boolean): Array<[number, number]> {
    const { ids, sims } = this.similar(question);
    const best: Array<[number, number]> = [];
    const before = (a: [number, number], b: [number, number]) => b[1] - a[1] || a[0] - b[0];
    for (let j = 0; j < ids.length; j++) {
      const i = ids[j] as number;
      const sim = sims[j] as number;
      const worst = best.length === EXAMPLE_NEIGHBOURS ? best[best.length - 1] : undefined;
      // Full: only a closer example, or an equally close one earlier in the list, gets in.
      if (worst && (sim < worst[1] || (sim === worst[1] && i > worst[0]))) continue;
      if (sim <= 0 || skip?.(i)) continue;
      best.push([i, sim]);
      best.sort(before);
      if (best.length > EXAMPLE_NEIGHBOURS) best.pop();
    }
    return best;
  }

  /**
   * The passages the question's nearest example questions vote for, by id. `skip` leaves out
   * examples (training uses it so that no question votes for itself).
   */
  votes(question: string, skip?: (example: number) => boolean): Map<string, ExampleVote> {
    const raw = new Map<string, { vote: number; closest: number }>();
    let total = 0;
    const unlabelled = (i: number) => (this.passages[i]?.length ?? 0) === 0 || skip?.(i) === true;
    for (const [i, sim] of this.nearest(question, unlabelled)) {
      const ids = this.passages[i] ?? [];
      for (const id of ids) {
        const v = raw.get(id) ?? { vote: 0, closest: 0 };
        v.vote += (sim * sim) / ids.length;
        v.closest = Math.max(v.closest, sim);
        raw.set(id, v);
      }
      total += sim * sim;
    }
    const out = new Map<string, ExampleVote>();
    for (const [id, v] of raw) out.set(id, { share: total > 0 ? v.vote / total : 0, closest: v.closest });
    return out;
  }

  /** What the question's nearest example questions, of every kind, say about its scope. */
  scope(question: string, skip?: (example: number) => boolean): ScopeNeighbours {
    let out = 0;
    let total = 0;
    const closest = { out: 0, in: 0 };
    for (const [i, sim] of this.nearest(question, skip)) {
      const isOut = this.out[i] === true;
      if (isOut) out += sim * sim;
      total += sim * sim;
      const side = isOut ? 'out' : 'in';
      closest[side] = Math.max(closest[side], sim);
    }
    return { outShare: total > 0 ? out / total : 0, closestOut: closest.out, closestIn: closest.in };
  }
}

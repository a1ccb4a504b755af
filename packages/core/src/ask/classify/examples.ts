import { featuresOf } from './features';

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
const COMMON_SHARE = 0.2;

/** What the example questions say about one passage for one question. */
export interface ExampleVote {
  /** Share of the neighbours' (similarity-weighted) votes that went to the passage, 0-1. */
  share: number;
  /** Cosine similarity of the closest neighbour that voted for it, 0-1. */
  closest: number;
}

/** What the nearest example questions say about a question's scope. */
export interface ScopeNeighbours {
  /** Share of the neighbours' (similarity-weighted) weight that is out of scope, 0-1. */
  outShare: number;
  /** Similarity of the closest out-of-scope and in-scope neighbours, 0-1. */
  closestOut: number;
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
  /** Per feature bucket, its examples and weights, packed: typed arrays keep the heap small. */
  private readonly postings = new Map<number, { examples: Uint32Array; weights: Float32Array }>();
  private readonly idf = new Map<number, number>();
  private readonly passages: string[][];
  private readonly out: boolean[];
  private readonly sims: Float64Array;

  constructor(examples: readonly ExampleQuestion[]) {
    this.passages = examples.map((e) => e.passages);
    this.out = examples.map((e) => e.out === true);
    this.sims = new Float64Array(examples.length);
    const vectors = examples.map((e) => featuresOf(e.q));
    const df = new Map<number, number>();
    for (const v of vectors) for (const k of v.keys()) df.set(k, (df.get(k) ?? 0) + 1);
    const n = Math.max(1, examples.length);
    for (const [k, d] of df) if (d <= n * COMMON_SHARE) this.idf.set(k, Math.log(1 + n / d));
    const lists = new Map<number, { examples: number[]; weights: number[] }>();
    vectors.forEach((v, i) => {
      for (const [k, w] of this.weigh(v)) {
        const list = lists.get(k) ?? { examples: [], weights: [] };
        if (list.examples.length === 0) lists.set(k, list);
        list.examples.push(i);
        list.weights.push(w);
      }
    });
    for (const [k, list] of lists)
      this.postings.set(k, { examples: Uint32Array.from(list.examples), weights: Float32Array.from(list.weights) });
  }

  /** A feature vector weighted by rarity and scaled to unit length; common features dropped. */
  private weigh(v: Map<number, number>): Map<number, number> {
    const out = new Map<number, number>();
    let norm = 0;
    for (const [k, x] of v) {
      const idf = this.idf.get(k);
      if (idf === undefined) continue;
      const w = x * idf;
      out.set(k, w);
      norm += w * w;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (const [k, w] of out) out.set(k, w * scale);
    return out;
  }

  /** The most similar examples, best first (ties by position, so the order is stable). */
  private nearest(question: string, skip?: (example: number) => boolean): Array<[number, number]> {
    const sims = this.sims;
    const touched: number[] = [];
    for (const [k, w] of this.weigh(featuresOf(question))) {
      const list = this.postings.get(k);
      if (!list) continue;
      for (let j = 0; j < list.examples.length; j++) {
        const i = list.examples[j] as number;
        if (sims[i] === 0) touched.push(i);
        sims[i] = (sims[i] as number) + w * (list.weights[j] as number);
      }
    }
    const best: Array<[number, number]> = [];
    for (const i of touched) {
      const sim = sims[i] as number;
      sims[i] = 0;
      if (skip?.(i) || sim <= 0) continue;
      const last = best[best.length - 1];
      if (best.length === EXAMPLE_NEIGHBOURS && last && (sim < last[1] || (sim === last[1] && i > last[0]))) continue;
      best.push([i, sim]);
      best.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
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

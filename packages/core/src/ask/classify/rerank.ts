import type { Passage } from '../passage';
import type { Hit } from '../retriever';
import { contentTokens, crudeStem, termsOf } from '../terms';
import type { ExampleVote } from './examples';
import { FEATURE_BUCKETS, featureKey, fnv, foldedWords, maskedWords, words } from './features';
import type { LinearModel } from './linear-model';
import { SHAPES, whOf } from './question-shapes';

/** How many of the word index's best passages the learnt reranker orders. */
export const RERANK_CANDIDATES = 12;
/**
 * Passages the example questions vote for that the word index did not rank among its best: at most
 * this many join the candidates (fusion of the two signals), each with at least EXTRA_MIN_SHARE of
 * the votes.
 */
export const EXTRA_CANDIDATES = 3;
/** Least share of the example questions' votes for a passage to join the candidates as an extra. */
const EXTRA_MIN_SHARE = 0.15;

/**
 * The reranker's candidates: the word index's best, then the passages the example questions favour
 * that it missed (with a score of 0, as the word index gave them nothing). Such an extra must name
 * every drug, gene and number the question names: the examples' features mask them, so "who
 * supplies alectinib" would otherwise get the votes of "who supplies olaparib".
 */
export function candidates(
  question: string,
  hits: readonly Hit[],
  votes: ReadonlyMap<string, ExampleVote> | undefined,
  features: RerankFeatures,
): Hit[] {
  const top = hits.slice(0, RERANK_CANDIDATES);
  if (!votes) return top;
  const seen = new Set(top.map((h) => h.passage.id));
  const named = maskedWords(question);
  const extra = [...votes]
    .filter(([id, v]) => v.share >= EXTRA_MIN_SHARE && !seen.has(id) && features.names(id, named))
    .sort((a, b) => b[1].share - a[1].share || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, EXTRA_CANDIDATES)
    .map(([id]) => ({ passage: features.passage(id) as Passage, score: 0 }));
  return [...top, ...extra];
}

/** What the features need of a question, worked out once for all its candidates. */
interface QuestionParts {
  question: string;
  /** Each content word's index terms. */
  own: string[][];
  /** The question's crude stems, each once, in order. */
  unique: string[];
  /** Each pair of neighbouring stems, "a b". */
  pairs: string[];
  crossSeeds: number[];
  /** The kinds of question word it has (who, when, ...). */
  wh: string[];
}

/**
 * The features of one candidate passage for a question: how the word index ranked and scored it,
 * how much of the question it covers (in its text and its title), its kind, and the question's words
 * paired with that kind. The pairs are what the reranker learns: "doi" or "førsteforfatter" wants a
 * publication, "hvem" a person, "how many" a figure; they hold for passages the corpus never asked
 * about, unlike example questions attached to one passage.
 */
export class RerankFeatures {
  private readonly terms: Set<string>[];
  private readonly titles: Set<string>[];
  private readonly index: Map<string, number>;
  private readonly shapes: string[][];
  private readonly titleTerms: string[][];
  /** The kinds of question word each passage's title has ("Where the testing is done": where). */
  private readonly titleWh: string[][];
  /** Each passage's folded words, for what the features mask (drugs, genes, numbers). */
  private readonly folded: Set<string>[];
  private last?: QuestionParts;
  /** FNV states after feature-name prefixes ("r:person|"), so a word's feature is hashed without its string. */
  private readonly seeds = new Map<string, number>();
  private lastVotes?: { votes: ReadonlyMap<string, ExampleVote>; best: number };

  constructor(private readonly passages: readonly Passage[]) {
    const termSet = (text: string) => new Set(contentTokens(text).flatMap(termsOf));
    this.terms = passages.map((p) => termSet(`${p.title.en} ${p.title.nb} ${p.text.en} ${p.text.nb} ${p.keywords}`));
    this.titles = passages.map((p) => termSet(`${p.title.en} ${p.title.nb}`));
    this.titleTerms = this.titles.map((t) => [...t]);
    this.folded = passages.map(
      (p) => new Set(foldedWords(`${p.title.en} ${p.title.nb} ${p.text.en} ${p.text.nb} ${p.keywords}`)),
    );
    this.titleWh = passages.map((p) => whOf(foldedWords(`${p.title.en} | ${p.title.nb}`).join(' ')));
    this.index = new Map(passages.map((p, i) => [p.id, i]));
    this.shapes = passages.map((p) => {
      const text = `${p.text.en} ${p.text.nb}`;
      return SHAPES.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
    });
  }

  /** The passage of an id, if the content has it. */
  passage(id: string): Passage | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.passages[i];
  }

  /** Whether the passage of `id` exists and holds every one of the (folded) words. */
  names(id: string, words: readonly string[]): boolean {
    const i = this.index.get(id);
    const folded = i === undefined ? undefined : this.folded[i];
    return folded !== undefined && words.every((w) => folded.has(w));
  }

  /** The largest vote share, worked out once for all of a question's candidates. */
  private bestShare(votes: ReadonlyMap<string, ExampleVote>): number {
    if (this.lastVotes?.votes !== votes)
      this.lastVotes = { votes, best: Math.max(0, ...[...votes.values()].map((v) => v.share)) };
    return this.lastVotes.best;
  }

  /** The question's terms and stems, worked out once for all its candidates. */
  private questionParts(question: string): QuestionParts {
    if (this.last?.question !== question) {
      const stems = words(question).map(crudeStem);
      const unique = [...new Set(stems)];
      // The hash state of "r:x|<word>|" for each word: the title-word pairs only add the title word.
      const crossSeeds = unique.map((w) => fnv(`r:x|${w}|`));
      const pairs = stems.slice(1).map((w, k) => `${stems[k]} ${w}`);
      const wh = whOf(foldedWords(question).join(' '));
      this.last = { question, own: contentTokens(question).map(termsOf), unique, pairs, crossSeeds, wh };
    }
    return this.last;
  }

  /** The bucket of the feature named `prefix` + `text`, as featureKey gives it. */
  private keyOf(prefix: string, text: string): number {
    let seed = this.seeds.get(prefix);
    if (seed === undefined) {
      seed = fnv(prefix);
      this.seeds.set(prefix, seed);
    }
    return (fnv(text, seed) >>> 0) % FEATURE_BUCKETS;
  }

  /**
   * Features of `hits[j]` for `question`, hashed into the classifiers' buckets; `votes` are the
   * example questions' (see examples.ts), when the model has them.
   */
  of(question: string, hits: readonly Hit[], j: number, votes?: ReadonlyMap<string, ExampleVote>): Map<number, number> {
    const f = new Map<number, number>();
    const add = (name: string, value = 1) => {
      const key = featureKey(name);
      f.set(key, (f.get(key) ?? 0) + value);
    };
    const hit = hits[j] as Hit;
    const p = hit.passage;
    const i = this.index.get(p.id) ?? -1;
    const terms = this.terms[i] ?? new Set<string>();
    const title = this.titles[i] ?? new Set<string>();
    // A passage only the example questions found has no word-index rank: it learns its own weights.
    const extra = j >= RERANK_CANDIDATES;
    add(extra ? 'r:extra' : `r:rank${Math.min(j, 6)}`);
    add('r:relative', hit.score / ((hits[0] as Hit).score || 1));
    add('r:log-score', Math.log1p(hit.score) / 5);
    add(`r:kind=${p.kind}`);
    add(`r:known=${p.known}`);
    const { own, unique, pairs, crossSeeds, wh } = this.questionParts(question);
    const addKey = (key: number, value: number) => f.set(key, (f.get(key) ?? 0) + value);
    for (const kind of this.titleWh[i] ?? []) if (wh.includes(kind)) add(`r:wh-title=${kind}`);
    const share = (set: Set<string>) => own.filter((ts) => ts.some((t) => set.has(t))).length / Math.max(1, own.length);
    add('r:coverage', share(terms));
    add('r:title-coverage', share(title));
    add('r:length', Math.log1p(terms.size) / 5);
    for (const w of unique) addKey(this.keyOf(`r:${p.kind}|`, w), 0.5);
    // The question's words paired with the title's: "organised" learns to want "sponsor".
    for (const seed of crossSeeds)
      for (const t of this.titleTerms[i] ?? []) addKey((fnv(t, seed) >>> 0) % FEATURE_BUCKETS, 0.3);
    for (const pair of pairs) addKey(this.keyOf(`r:${p.kind}|`, pair), 0.5);
    for (const shape of this.shapes[i] ?? []) {
      add(`r:shape=${shape}`);
      for (const w of unique) addKey(this.keyOf(`r:${shape}|`, w), 0.5);
    }
    if (votes) {
      const vote = votes.get(p.id);
      if (!vote) add('r:ex-none');
      else {
        add(extra ? 'r:ex-share-extra' : 'r:ex-share', vote.share);
        add('r:ex-closest', vote.closest);
        if (vote.share >= this.bestShare(votes)) add('r:ex-best');
      }
    }
    return f;
  }
}

const dot = (model: LinearModel, features: Map<number, number>) => {
  let z = 0;
  for (const [k, v] of features) z += (model.weights[k] ?? 0) * v;
  return z;
};

/**
 * The candidates (see {@link candidates}) in the reranker's order (the word index's scores are kept, for the scope check), and the
 * margin of the first over the second in the reranker's log-odds (Infinity with fewer than two).
 */
export function rerank(
  model: LinearModel,
  features: RerankFeatures,
  question: string,
  top: readonly Hit[],
  votes?: ReadonlyMap<string, ExampleVote>,
): { hits: Hit[]; margin: number } {
  const scored = top.map((h, j) => ({ h, z: dot(model, features.of(question, top, j, votes)) }));
  scored.sort((a, b) => b.z - a.z);
  const margin = scored.length > 1 ? (scored[0] as { z: number }).z - (scored[1] as { z: number }).z : Infinity;
  return { hits: scored.map((s) => s.h), margin };
}

/** One question's candidates for training: the features of each and whether each answers it. */
export interface RerankList {
  features: Array<Map<number, number>>;
  good: boolean[];
}

/**
 * Trains the reranker: softmax over each question's candidates, pushing up the ones that answer it
 * (listwise), with AdaGrad. Deterministic: the lists are visited in the order given.
 */
export function trainReranker(lists: readonly RerankList[], epochs = 5, learningRate = 0.1, l2 = 1e-4): LinearModel {
  const w = new Float64Array(FEATURE_BUCKETS);
  const g2 = new Float64Array(FEATURE_BUCKETS).fill(1e-6);
  for (let e = 0; e < epochs; e++) {
    for (const list of lists) {
      if (!list.good.some(Boolean) || list.good.every(Boolean)) continue;
      const z = list.features.map((f) => {
        let s = 0;
        for (const [k, v] of f) s += (w[k] as number) * v;
        return s;
      });
      const max = Math.max(...z);
      const p = z.map((x) => Math.exp(x - max));
      const all = p.reduce((a, b) => a + b, 0);
      const good = p.reduce((a, x, j) => a + (list.good[j] ? x : 0), 0);
      list.features.forEach((f, j) => {
        const grad = (p[j] as number) / all - (list.good[j] ? (p[j] as number) / good : 0);
        for (const [k, v] of f) {
          const g = grad * v + l2 * (w[k] as number);
          g2[k] = (g2[k] as number) + g * g;
          w[k] = (w[k] as number) - (learningRate * g) / Math.sqrt(g2[k] as number);
        }
      });
    }
  }
  return { bias: 0, weights: Float32Array.from(w) };
}

import MiniSearch, { type SearchResult } from 'minisearch';
import type { Dataset } from '../schema/dataset';
import { fold } from '../text/fold';
import { EntityLinker } from './entities';
import { buildPassages, type Passage, type PassageKind } from './passages';
import type { QueryPlan, Retrieval } from './retrieval';
import {
  COVERAGE_FLOOR,
  ENTITY_WEIGHT,
  KIND_WEIGHT,
  MENTION_WEIGHT,
  NAME_WEIGHT,
  NEW_NUMBER_WEIGHT,
  NEW_YEAR_WEIGHT,
  QUANTITY,
  QUANTITY_WEIGHT,
  RERANK_DEPTH,
  SYNONYM_GROUP_WEIGHT,
  TITLE_PHRASE_WEIGHT,
  TITLE_WEIGHT,
  WHEN,
} from './retriever-weights';
import { expandSynonyms, SYNONYM_GROUPS } from './synonyms';
import { contentTokens, STUDY_NAME, termsOf, tokenize } from './terms';

export type { Hit, Retrieval } from './retrieval';

/** A MiniSearch index over every passage, in both languages, with stemming, folding and synonyms. */
export class Retriever {
  readonly passages: Passage[];
  private readonly titleTerms: Set<string>[];
  private readonly titleText: string[];
  private readonly numbers: Set<string>[];
  private readonly vocabulary = new Set<string>();
  private readonly docFreq = new Map<string, number>();
  /** For each single-word synonym, the terms of its whole group: a word we list as a synonym is in scope. */
  private readonly synonymTerms = new Map<string, Set<string>>();
  private readonly words = new Set<string>();
  private readonly index: MiniSearch<{ id: number; title: string; text: string; keywords: string }>;
  private readonly linker: EntityLinker;

  constructor(data: Dataset) {
    this.passages = buildPassages(data);
    this.linker = new EntityLinker(data, this.passages);
    this.titleTerms = this.passages.map((p) => new Set(tokenize(`${p.title.en} ${p.title.nb}`).flatMap(termsOf)));
    this.titleText = this.passages.map(
      (p) => ` ${tokenize(p.title.en).join(' ')} | ${tokenize(p.title.nb).join(' ')} `,
    );
    this.numbers = this.passages.map((p) => new Set(p.text.en.match(/\d+/g) ?? []));
    for (const p of this.passages) {
      const seen = new Set<string>();
      for (const token of tokenize(`${p.title.en} ${p.title.nb} ${p.text.en} ${p.text.nb} ${p.keywords}`)) {
        this.words.add(token);
        for (const term of termsOf(token)) seen.add(term);
      }
      for (const term of seen) {
        this.vocabulary.add(term);
        this.docFreq.set(term, (this.docFreq.get(term) ?? 0) + 1);
      }
    }
    for (const group of SYNONYM_GROUPS) {
      const terms = new Set(group.flatMap((phrase) => contentTokens(phrase).flatMap(termsOf)));
      for (const phrase of group) {
        if (phrase.includes(' ')) continue;
        const merged = this.synonymTerms.get(phrase) ?? new Set<string>();
        for (const t of terms) merged.add(t);
        this.synonymTerms.set(phrase, merged);
      }
    }
    this.index = new MiniSearch({
      fields: ['title', 'text', 'keywords'],
      // A copy: MiniSearch's tokens are its own, the shared ones are frozen.
      tokenize: (text) => [...tokenize(text)],
      processTerm: (term) => termsOf(term),
      searchOptions: { boost: { title: 2, keywords: 1, text: 1 } },
    });
    this.index.addAll(
      this.passages.map((p, id) => ({
        id,
        title: `${p.title.en} ${p.title.nb}`,
        text: `${p.text.en} ${p.text.nb}`,
        keywords: p.keywords,
      })),
    );
  }

  /**
   * Splits a Norwegian compound the index does not know into two parts it does know:
   * "sykdomskontrollraten" becomes "sykdomskontroll raten", "kreftlegen" becomes "kreft legen".
   */
  decompound(token: string): { own: string[]; extra: string[] } {
    if (token.length < 8 || /\d/.test(token)) return { own: [token], extra: [] };
    const known = termsOf(token).some((t) => this.vocabulary.has(t));
    for (let i = token.length - 4; i >= 4; i--) {
      const head = token.slice(0, i);
      const tail = token.slice(i);
      const heads = head.endsWith('s') ? [head, head.slice(0, -1)] : [head];
      const part = heads.find((h) => this.words.has(h) && termsOf(h).length > 0);
      // An unknown compound is replaced by its parts; a known one keeps itself and adds its parts
      // as extra, lighter words.
      if (part && termsOf(tail).some((t) => this.vocabulary.has(t))) {
        return known ? { own: [token], extra: [part, tail] } : { own: [part, tail], extra: [] };
      }
    }
    return { own: [token], extra: [] };
  }

  /** How rare a word is among the passages; words the index has never seen are rarest. */
  private idf(token: string): number {
    const n = this.passages.length;
    const df = Math.max(0, ...termsOf(token).map((t) => this.docFreq.get(t) ?? 0));
    return Math.log(1 + n / (df + 0.5));
  }

  /** What one question needs for searching: its words, their synonyms and what kind of answer it wants. */
  private plan(rawQuestion: string): QueryPlan {
    const split = tokenize(rawQuestion).map((t) => this.decompound(t));
    const question = split.flatMap((d) => d.own).join(' ');
    const own = contentTokens(question);
    const ownTerms = new Set(own.flatMap(termsOf));
    const nameTerms = new Set(
      tokenize(question)
        .filter((t) => STUDY_NAME.has(t))
        .flatMap(termsOf),
    );
    const synonymWeight = new Map<string, number>();
    const groups = [...expandSynonyms(rawQuestion), ...split.flatMap((d) => d.extra).map((part) => [part])];
    for (const group of groups) {
      const terms = [...new Set(group.flatMap((phrase) => contentTokens(phrase).flatMap(termsOf)))].filter(
        (t) => !ownTerms.has(t),
      );
      for (const t of terms)
        synonymWeight.set(t, Math.max(synonymWeight.get(t) ?? 0, SYNONYM_GROUP_WEIGHT / terms.length));
    }
    const folded = fold(rawQuestion);
    const weights = own.map((t) => this.idf(t));
    return {
      question,
      own,
      ownTerms,
      nameTerms,
      synonymWeight,
      groups,
      quantity: QUANTITY.test(folded),
      when: WHEN.test(folded),
      weights,
    };
  }

  private query(plan: QueryPlan): SearchResult[] {
    // Words that name the study match nearly every passage: searching them costs much and ranks
    // little, so they are searched only when the question has nothing else ("What is IMPRESS?").
    const base = plan.own.length > 0 ? `${plan.own.join(' ')} ${[...plan.nameTerms].join(' ')}` : plan.question;
    const query = [base, ...plan.groups.flat()].join(' ');
    const weight = (kind: PassageKind) => KIND_WEIGHT[kind] * (plan.quantity ? (QUANTITY_WEIGHT[kind] ?? 1) : 1);
    return this.index.search(query, {
      // No fuzzy matching here: the speller has already corrected typos against the same vocabulary,
      // and fuzzy expansion of every synonym would cost more than the whole rest of ask().
      fuzzy: false,
      boostTerm: (term) =>
        plan.ownTerms.has(term) ? 1 : plan.nameTerms.has(term) ? NAME_WEIGHT : (plan.synonymWeight.get(term) ?? 0.1),
      boostDocument: (id) => weight(this.passages[id as number]?.kind ?? 'news'),
    });
  }

  /**
   * Which of the question's words a result matches. A word counts only when the passage holds it
   * (or a listed synonym) exactly: the speller has already fixed typos, and a fuzzy hit ("minister"
   * ~ "minst") is no evidence of scope.
   */
  private matchedBy(plan: QueryPlan, r: SearchResult): boolean[] {
    const matched = new Set(r.terms);
    return plan.own.map(
      (t) =>
        termsOf(t).some((term) => matched.has(term)) ||
        [...(this.synonymTerms.get(t) ?? [])].some((term) => matched.has(term)),
    );
  }

  /** Share of content words the best of the top results matches; every word counts the same. */
  private coverage(plan: QueryPlan, results: SearchResult[]): number {
    if (plan.own.length === 0) return results.length > 0 ? 1 : 0;
    return Math.max(
      0,
      ...results.slice(0, 5).map((r) => this.matchedBy(plan, r).filter(Boolean).length / plan.own.length),
    );
  }

  /** Passage ids of the content's entities a question names (sites, drugs, companies, trials, people). */
  entitiesIn(question: string): Set<string> {
    return this.linker.link(question).ids;
  }

  /**
   * Ranks passages for a question; synonyms count less than the question's own words. (Searching
   * the own words first and synonyms only when needed was measured: slower at p99 and less accurate.)
   */
  search(rawQuestion: string, limit = 8): Retrieval {
    const plan = this.plan(rawQuestion);
    const results = this.query(plan);
    const coverage = this.coverage(plan, results);
    // Reranking weighs each word by how rare it is (IDF): matching "amivantamab" counts for more
    // than matching "used", and a word the knowledge base has never seen weighs most.
    const total = plan.weights.reduce((a, b) => a + b, 0) || 1;
    const linked = this.linker.link(rawQuestion);
    const hits = results
      .slice(0, RERANK_DEPTH)
      .map((r) => {
        const id = r.id as number;
        const idfCoverage =
          this.matchedBy(plan, r).reduce((sum, hit, i) => sum + (hit ? (plan.weights[i] as number) : 0), 0) / total;
        const covered = COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * idfCoverage ** 2;
        return {
          passage: this.passages[id] as Passage,
          score:
            r.score *
            covered *
            this.rerank(id, plan.own, plan.question, plan) *
            this.linker.factor(id, linked, ENTITY_WEIGHT, MENTION_WEIGHT),
        };
      })
      .sort((a, b) => b.score - a.score);
    return { hits: hits.slice(0, limit), topScore: hits[0]?.score ?? 0, coverage, contentWords: plan.own.length };
  }

  /**
   * Second-stage signals BM25 cannot see: a passage whose title names what the question names is
   * about it, and a question after a quantity wants a passage with a number it did not already give.
   */
  private rerank(id: number, own: string[], question: string, asks: { quantity: boolean; when: boolean }): number {
    const titleTerms = this.titleTerms[id] ?? new Set<string>();
    const inTitle = own.filter((t) => termsOf(t).some((term) => titleTerms.has(term))).length / Math.max(1, own.length);
    let factor = 1 + TITLE_WEIGHT * inTitle;
    // The question's words, in order, as a phrase of the title: "the first expansion cohort" is that cohort.
    if (own.length >= 2 && this.titleText[id]?.includes(` ${own.join(' ')} `)) factor *= TITLE_PHRASE_WEIGHT;
    const asked = new Set(question.match(/\d+/g) ?? []);
    const fresh = [...(this.numbers[id] ?? [])].filter((n) => !asked.has(n));
    if (asks.quantity && fresh.length > 0) factor *= NEW_NUMBER_WEIGHT;
    if (asks.when && fresh.some((n) => /^(19|20)\d\d$/.test(n))) factor *= NEW_YEAR_WEIGHT;
    return factor * (this.passages[id]?.prior ?? 1);
  }
}

import MiniSearch, { type SearchResult } from 'minisearch';
import type { Dataset } from '../schema/dataset';
import { fold } from '../text/fold';
import { buildPassages, type Passage, type PassageKind } from './passages';
import { expandSynonyms, SYNONYM_GROUPS } from './synonyms';
import { contentTokens, STUDY_NAME, termsOf, tokenize } from './terms';

// Passages written as answers (FAQ, facts, figures) win ties over news items and bare entities.
const KIND_WEIGHT: Record<PassageKind, number> = {
  faq: 1.2,
  fact: 1.2,
  figure: 1.15,
  disputed: 1.05,
  partner: 1.15,
  cohort: 1.15,
  funding: 1.1,
  related: 1.1,
  study: 1,
  site: 1,
  drug: 1,
  gap: 0.9,
  organisation: 0.9,
  person: 0.9,
  publication: 0.8,
  news: 0.6,
};
// A synonym group as a whole weighs about half of one of the question's own words, however many
// phrases it has, so a long group cannot outvote the words the user actually typed.
const SYNONYM_GROUP_WEIGHT = 0.5;
// "study", "trial", "IMPRESS": every passage is about the study, so these words barely rank.
const NAME_WEIGHT = 0.2;

// A question after a number ("how many", "what was the rate") is best answered by a reported figure.
const QUANTITY =
  /\b(how (many|much|large|big|often|long)|what (was|is|were|are) the (\w+ ){0,3}(rate|share|number|percentage|proportion|amount|figure)|number of|percent(age)?|proportion|hvor (mange|mye|stor|store|ofte|lenge)|antall|andel(en)?|prosent|rate(n)?)\b/;
const RERANK_DEPTH = 12;
const TITLE_WEIGHT = 0.5;
const TITLE_PHRASE_WEIGHT = 1.5;
const NEW_NUMBER_WEIGHT = 1.5;
// A passage that matches only some of the question's words keeps this share of its score, at least.
const COVERAGE_FLOOR = 0.2;
const QUANTITY_WEIGHT: Partial<Record<PassageKind, number>> = { figure: 1.6, disputed: 1.3, funding: 1.3 };
// "When did ...?" wants a passage that gives a year the question did not already give.
const WHEN = /\b(when|what (year|date|month)|since when|nar|hvilket ar|hvilken dato|hvilken maned|siden nar)\b/;
const NEW_YEAR_WEIGHT = 1.5;

/** A ranked passage and how much of the question it covers. */
export interface Hit {
  passage: Passage;
  score: number;
}

/** What the retriever found for one question. */
export interface Retrieval {
  hits: Hit[];
  /** Share (0-1) of the question's content words that the best-covering top passage matches. */
  coverage: number;
  /** Number of content words in the question. */
  contentWords: number;
}

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

  constructor(data: Dataset) {
    this.passages = buildPassages(data);
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
      tokenize,
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

  /** Ranks passages for a question; synonyms count less than the question's own words. */
  search(rawQuestion: string, limit = 8): Retrieval {
    const split = tokenize(rawQuestion).map((t) => this.decompound(t));
    const question = split.flatMap((d) => d.own).join(' ');
    const compoundParts = split.flatMap((d) => d.extra);
    const own = contentTokens(question);
    const ownTerms = new Set(own.flatMap(termsOf));
    const nameTerms = new Set(
      tokenize(question)
        .filter((t) => STUDY_NAME.has(t))
        .flatMap(termsOf),
    );
    const synonymWeight = new Map<string, number>();
    const groups = [...expandSynonyms(rawQuestion), ...compoundParts.map((part) => [part])];
    for (const group of groups) {
      const terms = [...new Set(group.flatMap((phrase) => contentTokens(phrase).flatMap(termsOf)))].filter(
        (t) => !ownTerms.has(t),
      );
      for (const t of terms)
        synonymWeight.set(t, Math.max(synonymWeight.get(t) ?? 0, SYNONYM_GROUP_WEIGHT / terms.length));
    }
    // Words that name the study match nearly every passage: searching them costs much and ranks
    // little, so they are searched only when the question has nothing else ("What is IMPRESS?").
    const query = [own.length > 0 ? `${own.join(' ')} ${[...nameTerms].join(' ')}` : question, ...groups.flat()].join(
      ' ',
    );
    const folded = fold(rawQuestion);
    const quantity = QUANTITY.test(folded);
    const when = WHEN.test(folded);
    const weight = (kind: PassageKind) => KIND_WEIGHT[kind] * (quantity ? (QUANTITY_WEIGHT[kind] ?? 1) : 1);
    const results: SearchResult[] = this.index.search(query, {
      // No fuzzy matching here: the speller has already corrected typos against the same vocabulary,
      // and fuzzy expansion of every synonym would cost more than the whole rest of ask().
      fuzzy: false,
      boostTerm: (term) =>
        ownTerms.has(term) ? 1 : nameTerms.has(term) ? NAME_WEIGHT : (synonymWeight.get(term) ?? 0.1),
      boostDocument: (id) => weight(this.passages[id as number]?.kind ?? 'news'),
    });
    // Coverage weighs each word by how rare it is in the knowledge base (IDF): matching "amivantamab"
    // counts for more than matching "used", and a word the knowledge base has never seen weighs most.
    const weights = own.map((t) => this.idf(t));
    const total = weights.reduce((a, b) => a + b, 0) || 1;
    // A word counts as matched only when the passage holds it (or a listed synonym) exactly: the
    // speller has already fixed typos, and a fuzzy hit ("minister" ~ "minst") is no evidence of scope.
    const matchedBy = (r: SearchResult) => {
      const matched = new Set(r.terms);
      return own.map(
        (t) =>
          termsOf(t).some((term) => matched.has(term)) ||
          [...(this.synonymTerms.get(t) ?? [])].some((term) => matched.has(term)),
      );
    };
    const idfCoverage = (r: SearchResult) =>
      matchedBy(r).reduce((sum, hit, i) => sum + (hit ? (weights[i] as number) : 0), 0) / total;
    // For the scope check every word counts the same: a rare word alone must not make a question
    // about the weather in Bergen look like a question about the study.
    const coverageOf = (r: SearchResult) => matchedBy(r).filter(Boolean).length / Math.max(1, own.length);
    // A question that names only the study ("What is IMPRESS-Norway?") is in scope by definition.
    const coverage =
      own.length === 0 ? (results.length > 0 ? 1 : 0) : Math.max(0, ...results.slice(0, 5).map(coverageOf));
    const hits = results
      .slice(0, RERANK_DEPTH)
      .map((r) => {
        const id = r.id as number;
        const covered = COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * idfCoverage(r) ** 2;
        return {
          passage: this.passages[id] as Passage,
          score: r.score * covered * this.rerank(id, own, question, { quantity, when }),
        };
      })
      .sort((a, b) => b.score - a.score);
    return { hits: hits.slice(0, limit), coverage, contentWords: own.length };
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

import type { Lang } from '../schema/common';
import type { Dataset } from '../schema/dataset';
import { isAdviceRequest } from './advice';
import { type Answer, answerSchema } from './answer';
import { detectLang } from './detect-lang';
import type { Draft, Intent } from './intents/draft';
import { companiesIntent, geneIntent, newsIntent } from './intents/lists';
import { sitesIntent } from './intents/sites';
import { INTENT_WORDS } from './intents/words';
import { cleanQuestion, safeText } from './normalize';
import { REPLIES } from './replies';
import { type Hit, Retriever } from './retriever';
import { SCOPE } from './scope';
import { Speller } from './spell';
import { SYNONYM_GROUPS } from './synonyms';
import { STOPWORDS } from './terms';

/** Options for {@link Engine.ask}. */
export interface AskOptions {
  /** Answer language; detected from the question when left out. */
  lang?: Lang;
}

const INTENTS: Intent[] = [sitesIntent, companiesIntent, geneIntent, newsIntent];
const MAX_SENTENCES = 4;
const KNOWN_PREFERENCE = 0.5;

/** Keeps the first few sentences, so answers stay short enough for a chat message. */
function shorten(text: string): string {
  // A sentence ends at . ! or ? followed by a space; "5.969" and "e.g." inside a sentence do not end it.
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-ZÆØÅ0-9"«(])/u);
  return sentences.slice(0, MAX_SENTENCES).join(' ').trim();
}

/** Question answering over one dataset: built once, then `ask()` is a pure lookup. */
export class Engine {
  readonly retriever: Retriever;
  private readonly speller: Speller;

  constructor(private readonly data: Dataset) {
    this.retriever = new Retriever(data);
    const texts = this.retriever.passages.map(
      (p) => `${p.title.en} ${p.title.nb} ${p.text.en} ${p.text.nb} ${p.keywords}`,
    );
    // Stop words stay out of the speller's vocabulary: turning an unknown word into a stop word would
    // hide it from the scope check ("været" must not become "være").
    this.speller = new Speller([...texts, ...SYNONYM_GROUPS.flat(), ...INTENT_WORDS], STOPWORDS);
  }

  /** The study website in this language (from the content), else the first one. */
  private website(lang: Lang) {
    return this.data.study.websites.find((w) => w.lang === lang) ?? this.data.study.websites[0];
  }

  private fixed(kind: Answer['kind'], text: string, lang: Lang): Answer {
    const site = this.website(lang);
    const sources = this.data.sources.filter((s) => s.url === site?.url);
    return { kind, lang, text, sources, asOf: this.data.meta.sourcesCheckedOn, related: [] };
  }

  private fromHits(hits: Hit[], lang: Lang): Draft {
    // A "not known" passage answers only when no known passage comes close: a question about the
    // EudraCT number should get the number, not the note that the CTIS number is missing.
    const first = hits[0] as Hit;
    const close =
      first.passage.known === 'no'
        ? hits.slice(1, 3).find((h) => h.passage.known !== 'no' && h.score >= first.score * KNOWN_PREFERENCE)
        : undefined;
    const top = close ?? first;
    const rest = hits.filter((h) => h !== top);
    const p = top.passage;
    const related = rest
      .filter((h) => h.passage.id !== p.id)
      .slice(0, 3)
      .map((h) => ({ kind: h.passage.kind, id: h.passage.id, title: h.passage.title[lang] }));
    const known = p.known !== 'no';
    const text = shorten(p.text[lang]);
    return { kind: known ? 'answer' : 'no-answer', text, sources: p.sources, asOf: p.asOf, related };
  }

  /**
   * Answers a question about IMPRESS-Norway from the knowledge base. Never throws: any input gives
   * a valid {@link Answer}.
   */
  ask(question: unknown, options: AskOptions = {}): Answer {
    const clean = cleanQuestion(question);
    const lang: Lang = options.lang ?? (clean.ok ? detectLang(clean.text) : 'en');
    if (!clean.ok)
      return this.fixed('no-answer', clean.reason === 'empty' ? REPLIES.empty[lang] : REPLIES.tooLong[lang], lang);
    const text = this.speller.correct(clean.text);
    if (isAdviceRequest(clean.text) || isAdviceRequest(text))
      return this.fixed('advice-declined', REPLIES.advice[lang], lang);
    let draft: Draft | undefined;
    for (const intent of INTENTS) {
      draft = intent(text, lang, this.data);
      if (draft) break;
    }
    if (!draft) {
      const found = this.retriever.search(text);
      const top = found.hits[0];
      const inScope = top !== undefined && found.coverage >= SCOPE.minCoverage && top.score >= SCOPE.minScore;
      if (!inScope)
        return this.fixed('no-answer', `${REPLIES.outOfScope[lang]} ${this.website(lang)?.url ?? ''}`.trim(), lang);
      draft = this.fromHits(found.hits, lang);
    }
    const answer: Answer = { ...draft, lang, text: safeText(draft.text) };
    return answerSchema.parse(answer);
  }
}

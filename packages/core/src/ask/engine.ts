import { CONTENT_IDS } from '../content-ids';
import type { Lang } from '../schema/common';
import type { Dataset } from '../schema/dataset';
import { type AdviceModel, adviceOf } from './advice-decision';
import { type Answer, answerSchema } from './answer';
import { scopeSignals } from './classify/advice-signals';
import { ASK_MODEL_VERSION, type AskModel } from './classify/ask-model';
import { askedSentence } from './classify/asked';
import { ExampleIndex, type ExampleVote, type ScopeNeighbours, withKnownPassages } from './classify/examples';
import { FEATURE_BUCKETS, featureKey, featuresOf } from './classify/features';
import { type LinearModel, predict, unpackLinearModel } from './classify/linear-model';
import { isOffTopic } from './classify/off-topic';
import { candidates, RERANK_CANDIDATES, RerankFeatures, rerank } from './classify/rerank';
import { detectLang } from './detect-lang';
import { focusOf, namingText } from './focus';
import { fromHits } from './from-hits';
import type { Draft, Intent } from './intents/draft';
import { companiesIntent, geneIntent, newsIntent } from './intents/lists';
import { sitesIntent } from './intents/sites';
import { INTENT_WORDS } from './intents/words';
import { cleanQuestion, safeText } from './normalize';
import { answersOtherTrial } from './other-trial';
import { REPLIES } from './replies';
import { type Retrieval, Retriever } from './retriever';
import { SCOPE } from './scope';
import { shorten } from './shorten';
import { Speller } from './spell';
import { SYNONYM_GROUPS } from './synonyms';
import { STOPWORDS } from './terms';
import { retrievalTrace, type Trace } from './trace';

/** Options for {@link Engine.ask}. */
export interface AskOptions {
  /** Answer language; detected from the question when left out. */
  lang?: Lang;
}

const INTENTS: Intent[] = [sitesIntent, companiesIntent, geneIntent, newsIntent];
/**
 * Requests for advice are often far from the study's own wording, so the advice model outranks the
 * scope model unless the question is very far out (below this share of the scope threshold).
 */
const ADVICE_SCOPE_SHARE = 0.25;
/**
 * FAQ entries an advice decline adds: general facts that help without judging anyone's case, who
 * can take part and how referral works.
 */
export const ADVICE_FOLLOW_UP = [CONTENT_IDS.faq.whoCanJoin, CONTENT_IDS.faq.howReferred] as const;

/** Question answering over one dataset: built once, then `ask()` is a pure lookup. */
export class Engine {
  readonly retriever: Retriever;
  private readonly speller: Speller;
  private readonly advice?: AdviceModel;
  private readonly scope?: { model: LinearModel; threshold: number; confident: number };
  /** The labelled questions the reranker and the scope model compare a question with. */
  private readonly examples?: ExampleIndex;
  private readonly reranker?: { model: LinearModel; features: RerankFeatures };

  /**
   * @param model - What the build learnt from the labelled corpus; without it, advice and scope are
   * decided by the rules and the word index alone.
   */
  constructor(
    private readonly data: Dataset,
    model?: AskModel,
  ) {
    this.retriever = new Retriever(data);
    if (model) {
      // Weights from another version of the features would silently mean something else.
      if (model.version !== ASK_MODEL_VERSION || model.buckets !== FEATURE_BUCKETS)
        throw new Error('the ask model was built for other features: run `npm run build` to retrain it');
      this.advice = { model: unpackLinearModel(model.advice.model), threshold: model.advice.threshold };
      this.scope = { ...model.scope, model: unpackLinearModel(model.scope.model) };
      if (model.rerank)
        this.reranker = {
          model: unpackLinearModel(model.rerank),
          features: new RerankFeatures(this.retriever.passages),
        };
      if (model.examples) this.examples = new ExampleIndex(withKnownPassages(model.examples, this.retriever.passages));
    }
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

  /**
   * The kind decline of a request for personal advice, followed by what anyone may know: who can take
   * part and how referral works (the FAQ entries named in ADVICE_FOLLOW_UP), with their sources.
   */
  private declineAdvice(lang: Lang): Answer {
    const general = ADVICE_FOLLOW_UP.map((id) => this.data.faq.find((f) => f.id === id)).filter((f) => f !== undefined);
    // Each under its own question: "Who can take part? People with advanced cancer ..."
    const text = [REPLIES.advice[lang], ...general.map((f) => `${f.question[lang]} ${shorten(f.answer[lang])}`)].join(
      ' ',
    );
    const base = this.fixed('advice-declined', text, lang);
    const seen = new Set(base.sources.map((s) => s.id));
    const sources = [
      ...base.sources,
      ...general.flatMap((f) => f.sources).filter((s) => !seen.has(s.id) && seen.add(s.id)),
    ];
    return { ...base, sources };
  }

  private outOfScope(lang: Lang): Answer {
    return this.fixed('no-answer', `${REPLIES.outOfScope[lang]} ${this.website(lang)?.url ?? ''}`.trim(), lang);
  }

  /**
   * The word index's passages for a (corrected) question, with the passages the example questions
   * vote for that it missed, in the learnt reranker's order if there is one; `votes` are the examples'.
   */
  search(text: string): Retrieval & { margin: number; votes?: Map<string, ExampleVote> } {
    if (!this.reranker) return { ...this.retriever.search(text), margin: Infinity };
    const { model, features } = this.reranker;
    const found = this.retriever.search(text, RERANK_CANDIDATES);
    const votes = this.examples?.votes(text);
    return { ...found, ...rerank(model, features, text, candidates(text, found.hits, votes, features), votes), votes };
  }

  /** The question with its misspelt words corrected against the knowledge base's vocabulary. */
  correct(question: string): string {
    return this.speller.correct(question);
  }

  /** About the study: the scope model when there is one, else enough of the question's words matched. */
  private inScope(scope: number | undefined, coverage: number, score: number, question: string): boolean {
    if (score < SCOPE.minScore) return false;
    if (scope === undefined || !this.scope) return coverage >= SCOPE.minCoverage;
    if (scope < this.scope.confident) return coverage >= SCOPE.minCoverage;
    // A question that names the study and that the model is sure of needs no more words matched:
    // "someone told me about impress, who organised that?" is about it, whatever else it says.
    return coverage >= SCOPE.minCoverageWhenSure || scopeSignals(question).includes('s:names-study');
  }

  /** The scope model's probability that a question is about the study (undefined without a model). */
  private scopeOf(question: string, neighbours: ScopeNeighbours | undefined): number | undefined {
    return this.scope ? predict(this.scope.model, this.scopeFeatures(question, neighbours)) : undefined;
  }

  /**
   * What the scope model sees of a question, here and at training: its words, whether it names the
   * study, and the kinds of the content's entities it names ("Haukeland" a site, "Lilly" a company).
   */
  scopeFeatures(question: string, neighbours?: ScopeNeighbours): Map<number, number> {
    const kinds = new Set([...this.retriever.entitiesIn(question)].map((id) => `s:names-${id.split(':')[0]}`));
    const f = featuresOf(question, [...scopeSignals(question), ...kinds]);
    // How near the question is to the labelled questions on either side (examples.ts).
    if (neighbours) {
      f.set(featureKey('s:knn-out'), neighbours.outShare);
      f.set(featureKey('s:knn-closest-out'), neighbours.closestOut);
      f.set(featureKey('s:knn-closest-in'), neighbours.closestIn);
    }
    return f;
  }

  /**
   * Answers a question about IMPRESS-Norway from the knowledge base. Never throws: any input gives
   * a valid {@link Answer}.
   *
   * @param trace - When given, filled with the decisions on the way (for `impress ask --explain`).
   */
  ask(question: unknown, options: AskOptions = {}, trace?: Trace): Answer {
    const clean = cleanQuestion(question);
    const lang: Lang = options.lang ?? (clean.ok ? detectLang(clean.text) : 'en');
    if (!clean.ok)
      return this.fixed('no-answer', clean.reason === 'empty' ? REPLIES.empty[lang] : REPLIES.tooLong[lang], lang);
    const text = this.correct(clean.text);
    if (trace) trace.corrected = text;
    const advice = adviceOf(clean.text, text, this.advice, trace);
    if (advice === 'rule') return this.declineAdvice(lang);
    // Clearly not about the study: no intent or passage may answer it, however many words it shares.
    const neighbours = this.examples?.scope(text);
    const sentence = askedSentence(text);
    const sentenceScope = sentence === undefined ? undefined : this.scopeOf(sentence, this.examples?.scope(sentence));
    const askedInScope = !this.scope || (sentenceScope ?? 1) >= this.scope.threshold;
    const focus = focusOf(text, askedInScope ? sentence : undefined, this.data, (t) => this.retriever.entitiesIn(t));
    // A question after context is about the study if the question alone is ("... what is impress?").
    const scope = maxOf(this.scopeOf(clean.text, neighbours), focus.asked === undefined ? undefined : sentenceScope);
    if (trace) {
      trace.asked = focus.asked;
      trace.entities = [...this.retriever.entitiesIn(clean.text)];
      trace.scope = { p: scope, threshold: this.scope?.threshold, confident: this.scope?.confident, neighbours };
    }
    if (advice === 'model' && !(scope !== undefined && this.scope && scope < this.scope.threshold * ADVICE_SCOPE_SHARE))
      return this.declineAdvice(lang);
    if (scope !== undefined && this.scope && scope < this.scope.threshold) return this.outOfScope(lang);
    if (isOffTopic(clean.text)) {
      if (trace) trace.offTopic = true;
      return this.outOfScope(lang);
    }
    let draft: Draft | undefined;
    for (const intent of INTENTS) {
      draft = intent(focus.forIntents, lang, this.data);
      if (draft) {
        if (trace) trace.intent = intent.name;
        break;
      }
    }
    if (!draft) {
      const found = this.search(focus.forSearch);
      const top = found.hits[0];
      // Of a question after context, the asked sentence's own words are what a passage must match
      // ("my mum asked" is matched by none).
      const named = namingText(focus, clean.text);
      const coverage =
        focus.asked && focus.forSearch !== text
          ? Math.max(found.coverage, this.retriever.search(focus.asked, 1).coverage)
          : found.coverage;
      const inScope = top !== undefined && this.inScope(scope, coverage, found.topScore, named);
      if (trace) trace.retrieval = retrievalTrace(found, coverage, inScope, this.reranker !== undefined);
      if (!inScope || !answersOtherTrial(clean.text, top.passage, this.data)) return this.outOfScope(lang);
      draft = fromHits(found.hits, lang, text, found.margin);
    }
    const answer: Answer = { ...draft, lang, text: safeText(draft.text) };
    return answerSchema.parse(answer);
  }
}

/** The larger of two probabilities, either of which may be missing. */
function maxOf(a: number | undefined, b: number | undefined): number | undefined {
  return b !== undefined && (a === undefined || b > a) ? b : a;
}

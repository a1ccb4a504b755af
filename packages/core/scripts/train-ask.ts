/**
 * `npm run train` (part of the build): learns what `ask()` needs from the TRAIN split of the labelled
 * corpus (eval/corpus, split fixed in eval/corpus.mjs) and writes src/generated/ask-model.json:
 *   - advice: a linear model, personal medical advice or not;
 *   - scope: a linear model, about the study or not;
 *   - rerank: a linear model that orders the word index's best passages, learnt from which of them
 *     holds what each train question's answer must contain;
 * Thresholds are chosen on out-of-fold predictions over the train split, never on dev or test.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CorpusQuestion, evaluationQuestions, readCorpus, sameText } from '../eval/corpus.mjs';
import { adviceSignals } from '../src/ask/classify/advice-signals';
import { ASK_MODEL_VERSION, type AskModel, type Decision } from '../src/ask/classify/ask-model';
import { ExampleIndex, type ExampleQuestion } from '../src/ask/classify/examples';
import { FEATURE_BUCKETS, featureKey, featuresOf } from '../src/ask/classify/features';
import { type Example, packLinearModel, predict, trainLinearModel } from '../src/ask/classify/linear-model';
import {
  candidates,
  RERANK_CANDIDATES,
  RerankFeatures,
  type RerankList,
  trainReranker,
} from '../src/ask/classify/rerank';
import { Engine } from '../src/ask/engine';
import { containsTerm } from '../src/ask/eval-score';
import { buildPassages } from '../src/ask/passages';
import { compileContent } from '../src/content/compile';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FOLDS = 5;
/** Settings compared by cross-validation on the train split. */
const TRAINING = { learningRate: 0.05, l2: 1e-4, epochs: 10 };
/**
 * Most in-scope questions the advice model may decline, on out-of-fold predictions. Compared on the
 * corpus dev split (2026-12-03, folds by text): 3% declined 2.6% of in-scope questions, 2% let 8% of
 * advice requests through, 2.5% declined 1.5% and kept advice at 96.7%. Compared again on 2026-12-04,
 * with more advice signals: 2% kept advice at 98.4% on the dev split and 98.4% on dev-x (the
 * thirteenth writer's set, which that session tuned the signals on, so not a held-out figure), with
 * 1.5% of the dev split's in-scope questions declined; 1.5% let advice on the dev split fall to 93.4%.
 */
const MAX_FALSE_ADVICE = 0.02;
/**
 * In-scope questions the scope model may turn away on its own (`threshold`), and below which it needs
 * the word index to agree (`confident`), on out-of-fold predictions.
 */
const MAX_FALSE_OUT_OF_SCOPE = 0.01;
const CONFIDENT_IN_SCOPE = 0.1;

const data = compileContent(join(root, 'content'));
// The engine without a model: the speller, the entity linker and the word index the models build on.
const engine = new Engine(data);
/** A question as the engine compares it: spelling corrected, folded, letters and digits only. */
const seen = (text: string) => sameText(engine.correct(text));
// The corpus leaves out train questions that equal an evaluation question; after spelling
// correction a few more do ("natinal" becomes "national"), and they go too.
const evaluation = new Set(evaluationQuestions().map(seen));
const train = readCorpus('train').filter((q) => !evaluation.has(seen(q.q)));
/**
 * A question's fold for out-of-fold training, by the text the engine compares: "Er studien blindet?"
 * and "er studien blindet" are one question and must not see each other.
 */
const foldOf = (text: string) => featureKey(seen(text)) % FOLDS;
// What the content writes itself (FAQ questions, the title of every passage) is in scope and not advice.
const ownQuestions = [
  ...new Set([
    ...data.faq.flatMap((f) => [f.question.en, f.question.nb]),
    ...buildPassages(data).flatMap((p) => [p.title.en, p.title.nb]),
  ]),
];

function examplesFor(
  positive: (q: CorpusQuestion) => boolean,
  negative: (q: CorpusQuestion) => boolean,
  features: (q: string) => Map<number, number>,
  own: 0 | 1,
): Example[] {
  const tagged = (q: CorpusQuestion) => ({ text: q.q, tag: q.category });
  const ownTagged = ownQuestions.map((text) => ({ text, tag: 'own' }));
  const pos = [...train.filter(positive).map(tagged), ...(own === 1 ? ownTagged : [])];
  const neg = [...train.filter(negative).map(tagged), ...(own === 0 ? ownTagged : [])];
  // Each class weighs half in all, however many questions it has.
  const total = pos.length + neg.length;
  const make = (label: 0 | 1, of: number) => (x: { text: string; tag: string }) => ({
    features: features(x.text),
    label,
    weight: total / (2 * of),
    tag: x.tag,
    fold: foldOf(x.text),
  });
  return [...pos.map(make(1, pos.length)), ...neg.map(make(0, neg.length))];
}

/** Out-of-fold probabilities: each example scored by a model trained without its fold. */
function outOfFold(examples: Example[]): Array<{ p: number; label: number; tag?: string }> {
  const scores = examples.map((ex) => ({ p: 0, label: ex.label, tag: ex.tag }));
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = trainLinearModel(
      examples.filter((ex) => ex.fold !== fold),
      TRAINING,
    );
    examples.forEach((ex, i) => {
      if (ex.fold === fold) (scores[i] as { p: number }).p = predict(model, ex.features);
    });
  }
  return scores;
}

/**
 * The threshold that keeps false positives at most `maxFalse` among `counted` examples. For advice,
 * false is an in-scope question above it; for scope (`invert`), an in-scope question below it.
 */
function threshold(
  scores: Array<{ p: number; label: number; tag?: string }>,
  maxFalse: number,
  invert = false,
): number {
  const wrongSide = scores.filter((s) => s.label === (invert ? 1 : 0) && s.tag !== 'out-of-scope').map((s) => s.p);
  wrongSide.sort((a, b) => (invert ? a - b : b - a));
  const allowed = Math.floor(wrongSide.length * maxFalse);
  const edge = wrongSide[allowed] ?? (invert ? 0 : 1);
  return Math.round((invert ? edge - 1e-4 : edge + 1e-4) * 1e4) / 1e4;
}

const isAdvice = (q: CorpusQuestion) => q.category === 'advice';
const isOut = (q: CorpusQuestion) => q.category === 'out-of-scope';
const adviceExamples = examplesFor(
  isAdvice,
  (q) => !isAdvice(q),
  (q) => featuresOf(q, adviceSignals(q)),
  0,
);
// Declining an out-of-scope question as advice does little harm: only in-scope ones count as false.
const advice: Decision = {
  model: packLinearModel(trainLinearModel(adviceExamples, TRAINING)),
  threshold: threshold(outOfFold(adviceExamples), MAX_FALSE_ADVICE),
};
const features = new RerankFeatures(engine.retriever.passages);
/** Most passages one example question is kept with (the first that hold its answer). */
const EXAMPLE_PASSAGES = 3;
// The reranker sees what the engine will see: the corrected question and the word index's candidates.
const labelled = train
  .filter((q) => q.kinds.includes('answer') && q.must.length > 0)
  .map((q) => {
    const text = engine.correct(q.q);
    const answers = (t: string) => q.must.every((group) => group.some((alt) => containsTerm(t, alt)));
    const hits = engine.retriever.search(text, RERANK_CANDIDATES).hits;
    // The passages that answer it: among the word index's best, else anywhere when few do (the
    // questions the word index misses are the ones the examples are for).
    const near = hits.filter((h) => answers(h.passage.text[q.lang])).map((h) => h.passage.id);
    const anywhere = engine.retriever.passages.filter((p) => answers(p.text[q.lang])).map((p) => p.id);
    const ids = near.length > 0 ? near : anywhere.length <= EXAMPLE_PASSAGES ? anywhere : [];
    return { q, text, hits, answers, ids: ids.slice(0, EXAMPLE_PASSAGES), fold: foldOf(q.q) };
  });
// Every train question but advice is an example (an answer's with its passages, an out-of-scope one
// marked so), and so is every passage's own title, FAQ questions among them.
const withAnswer = new Set(labelled.map((l) => l.q));
const allRows = [
  ...labelled.map((l) => ({ q: l.text, passages: l.ids, out: false, fold: l.fold })),
  ...train
    .filter((q) => !isAdvice(q) && !withAnswer.has(q))
    .map((q) => ({ q: engine.correct(q.q), passages: [], out: isOut(q), fold: foldOf(q.q) })),
  ...engine.retriever.passages.flatMap((p) =>
    [...new Set([p.title.en, p.title.nb])].map((t) => ({
      q: engine.correct(t),
      passages: [p.id],
      out: false,
      fold: foldOf(t),
    })),
  ),
];
// The same question kept twice (writers repeat short ones) would vote twice: the first one stays.
const rowKey = (r: (typeof allRows)[number]) => JSON.stringify([r.q, r.passages, r.out]);
const kept = new Set<string>();
const exampleRows = allRows.filter((r) => {
  const key = rowKey(r);
  if (kept.has(key)) return false;
  kept.add(key);
  return true;
});
// Only out-of-scope examples carry `out`, to keep the model file small.
const examples: ExampleQuestion[] = exampleRows.map(({ q, passages, out }) =>
  out ? { q, passages, out } : { q, passages },
);
const exampleIndex = new ExampleIndex(examples);
// A training question sees only the examples of the other folds, as an unseen question would.
const sameFold = (text: string) => {
  const fold = foldOf(text);
  return (i: number) => exampleRows[i]?.fold === fold;
};
const scopeExamples = examplesFor(
  (q) => !isOut(q) && !isAdvice(q),
  isOut,
  (q) => engine.scopeFeatures(q, exampleIndex.scope(engine.correct(q), sameFold(q))),
  1,
);
const scopeScores = outOfFold(scopeExamples);
const scope: Decision & { confident: number } = {
  model: packLinearModel(trainLinearModel(scopeExamples, TRAINING)),
  threshold: threshold(scopeScores, MAX_FALSE_OUT_OF_SCOPE, true),
  confident: threshold(scopeScores, CONFIDENT_IN_SCOPE, true),
};
const lists: RerankList[] = labelled.map((l) => {
  const votes = exampleIndex.votes(l.text, sameFold(l.q.q));
  const cands = candidates(l.text, l.hits, votes, features);
  return {
    features: cands.map((_, j) => features.of(l.text, cands, j, votes)),
    good: cands.map((h) => l.answers(h.passage.text[l.q.lang])),
  };
});
const rerankModel = packLinearModel(trainReranker(lists));
const model: AskModel = {
  version: ASK_MODEL_VERSION,
  buckets: FEATURE_BUCKETS,
  advice,
  scope,
  rerank: rerankModel,
  examples,
};
const out = join(root, 'src', 'generated', 'ask-model.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(model)}\n`);
console.log(
  `ask model: ${train.length} train questions; advice threshold ${advice.threshold}, scope thresholds ${scope.threshold} / ${scope.confident}; reranker from ${lists.length} answer questions, ${examples.length} example questions`,
);

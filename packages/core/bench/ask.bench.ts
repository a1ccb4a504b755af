/**
 * `npm run bench` (core): the question answering against the search libraries queried plainly, in
 * the same run on the same passages. Reports index build time, ask() latency p50/p99 over many
 * queries, memory after indexing (JS heap and typed arrays' buffers), and each system's score on the
 * shared dev questions.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import MiniSearch from 'minisearch';
import type { Answer } from '../src/ask/answer';
import type { AskModel } from '../src/ask/classify/ask-model';
import { Engine } from '../src/ask/engine';
import { type EvalQuestion, passes } from '../src/ask/eval-score';
import { buildPassages, type Passage } from '../src/ask/passages';
import { dataset } from '../src/data/dataset';
import model from '../src/generated/ask-model.json';
import { fmt, heapMb, percentile, ROUNDS, timeEach } from './stats';

const here = dirname(fileURLToPath(import.meta.url));
const readJsonl = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalQuestion);
const dev = readJsonl(join(here, '..', 'eval', 'questions.dev.jsonl'));
const own = [
  ...readJsonl(join(here, '..', 'src', 'ask', '__fixtures__', 'paraphrases.jsonl')),
  ...readJsonl(join(here, '..', 'src', 'ask', '__fixtures__', 'blind.jsonl')),
];
const data = dataset();
const passages = buildPassages(data);
const queries = [...dev, ...own].map((q) => q.q).concat(data.faq.flatMap((f) => [f.question.en, f.question.nb]));

/** A plain search's top passage as an answer, so every system is timed and scored the same way. */
function plainAnswer(p: Passage | undefined, asked: EvalQuestion['lang']): Answer {
  const lang = asked ?? 'en';
  if (!p) return { kind: 'no-answer', lang, text: '-', sources: [], asOf: '2026', related: [] };
  return { kind: 'answer', lang, text: p.text[lang], sources: p.sources, asOf: p.asOf, related: [] };
}
const scoreOf = (set: EvalQuestion[], answer: (q: EvalQuestion) => Answer) =>
  set.filter((q) => passes(q, answer(q))).length / set.length;

interface Row {
  name: string;
  buildMs: number;
  heapMb: number;
  p50: number;
  p99: number;
  dev: number;
  own: number;
}

/** Builds one system's index, then times its top answer per query and scores it on both question sets. */
async function measure(
  name: string,
  build: () => unknown,
  answerOf: (q: string, lang: EvalQuestion['lang']) => Answer,
): Promise<Row> {
  const before = heapMb();
  const start = performance.now();
  await build();
  const buildMs = performance.now() - start;
  const heap = heapMb() - before;
  const lat = timeEach(queries, (q) => answerOf(q, undefined));
  const answer = (q: EvalQuestion) => answerOf(q.q, q.lang);
  return {
    name,
    buildMs,
    heapMb: heap,
    p50: percentile(lat, 50),
    p99: percentile(lat, 99),
    dev: scoreOf(dev, answer),
    own: scoreOf(own, answer),
  };
}

const joined = (p: Passage) => ({ title: `${p.title.en} ${p.title.nb}`, text: `${p.text.en} ${p.text.nb}` });
let engine: Engine | undefined;
const ms = new MiniSearch({ fields: ['title', 'text'] });
const orama = create({ schema: { pid: 'number', title: 'string', text: 'string' } as const });
const oramaTop = (q: string) =>
  (oramaSearch(orama, { term: q, limit: 1 }) as { hits: Array<{ document: { pid: number } }> }).hits[0]?.document.pid;

const rows = [
  await measure(
    'MiniSearch plain (defaults)',
    () => ms.addAll(passages.map((p, id) => ({ id, ...joined(p) }))),
    (q, lang) => plainAnswer(passages[ms.search(q)[0]?.id as number], lang),
  ),
  await measure(
    'Orama plain (defaults)',
    () =>
      insertMultiple(
        orama,
        passages.map((p, pid) => ({ pid, ...joined(p) })),
      ),
    (q, lang) => plainAnswer(passages[oramaTop(q) as number], lang),
  ),
  await measure(
    'ask() (MiniSearch + intents)',
    () => {
      engine = new Engine(data, model as AskModel);
    },
    (q, lang) => (engine as Engine).ask(q, lang ? { lang } : {}),
  ),
];
console.log(
  `ask() benchmark: ${passages.length} passages, ${queries.length} distinct queries x ${ROUNDS} rounds, node ${process.version}`,
);
console.log(
  '| system | index build ms | memory after index MB (heap + array buffers) | p50 ms | p99 ms | dev score | own paraphrase score |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${fmt(r.buildMs, 1)} | ${fmt(r.heapMb, 1)} | ${fmt(r.p50, 3)} | ${fmt(r.p99, 3)} | ${fmt(r.dev * 100, 1)}% | ${fmt(r.own * 100, 1)}% |`,
  );
}
const [plain, , ours] = rows as [Row, Row, Row];
console.log(
  `ask() p99 / plain MiniSearch p99 = ${fmt(ours.p99 / plain.p99)}x (target <= 2x); ask() p99 = ${fmt(ours.p99, 3)} ms (target < 5 ms)`,
);

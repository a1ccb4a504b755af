/**
 * `npm run bench` (core): the question answering against the search libraries queried plainly, in
 * the same run on the same passages. Reports index build time, ask() latency p50/p99 over many
 * queries, heap after indexing, and each system's score on the shared dev questions.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import MiniSearch from 'minisearch';
import type { Answer } from '../src/ask/answer';
import { Engine } from '../src/ask/engine';
import { type EvalQuestion, passes } from '../src/ask/eval-score';
import { buildPassages, type Passage } from '../src/ask/passages';
import { dataset } from '../src/data/dataset';
import { fmt, heapMb, percentile, timeEach } from './stats';

const here = dirname(fileURLToPath(import.meta.url));
const readJsonl = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalQuestion);
const dev = readJsonl(join(here, '..', '..', '..', '..', 'shared', 'eval', 'questions.dev.jsonl'));
const own = [
  ...readJsonl(join(here, '..', 'src', 'ask', '__fixtures__', 'paraphrases.jsonl')),
  ...readJsonl(join(here, '..', 'src', 'ask', '__fixtures__', 'blind.jsonl')),
];
const data = dataset();
const passages = buildPassages(data);
const queries = [...dev, ...own].map((q) => q.q).concat(data.faq.flatMap((f) => [f.question.en, f.question.nb]));

function plainAnswer(p: Passage | undefined, q: EvalQuestion): Answer {
  const lang = q.lang ?? 'en';
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

function measureEngine(): Row {
  const before = heapMb();
  const start = performance.now();
  const engine = new Engine(data);
  const buildMs = performance.now() - start;
  const heap = heapMb() - before;
  const lat = timeEach(queries, (q) => engine.ask(q));
  const answer = (q: EvalQuestion) => engine.ask(q.q, q.lang ? { lang: q.lang } : {});
  return {
    name: 'ask() (MiniSearch + intents)',
    buildMs,
    heapMb: heap,
    p50: percentile(lat, 50),
    p99: percentile(lat, 99),
    dev: scoreOf(dev, answer),
    own: scoreOf(own, answer),
  };
}

function measurePlainMiniSearch(): Row {
  const before = heapMb();
  const start = performance.now();
  const ms = new MiniSearch({ fields: ['title', 'text'] });
  ms.addAll(passages.map((p, id) => ({ id, title: `${p.title.en} ${p.title.nb}`, text: `${p.text.en} ${p.text.nb}` })));
  const buildMs = performance.now() - start;
  const heap = heapMb() - before;
  const top = (q: string) => passages[ms.search(q)[0]?.id as number];
  const lat = timeEach(queries, top);
  const answer = (q: EvalQuestion) => plainAnswer(top(q.q), q);
  return {
    name: 'MiniSearch plain (defaults)',
    buildMs,
    heapMb: heap,
    p50: percentile(lat, 50),
    p99: percentile(lat, 99),
    dev: scoreOf(dev, answer),
    own: scoreOf(own, answer),
  };
}

async function measurePlainOrama(): Promise<Row> {
  const before = heapMb();
  const start = performance.now();
  const db = create({ schema: { pid: 'number', title: 'string', text: 'string' } as const });
  await insertMultiple(
    db,
    passages.map((p, pid) => ({ pid, title: `${p.title.en} ${p.title.nb}`, text: `${p.text.en} ${p.text.nb}` })),
  );
  const buildMs = performance.now() - start;
  const heap = heapMb() - before;
  const top = (q: string) => {
    const r = oramaSearch(db, { term: q, limit: 1 }) as { hits: Array<{ document: { pid: number } }> };
    return passages[r.hits[0]?.document.pid as number];
  };
  const lat = timeEach(queries, top);
  const answer = (q: EvalQuestion) => plainAnswer(top(q.q), q);
  return {
    name: 'Orama plain (defaults)',
    buildMs,
    heapMb: heap,
    p50: percentile(lat, 50),
    p99: percentile(lat, 99),
    dev: scoreOf(dev, answer),
    own: scoreOf(own, answer),
  };
}

const rows = [measurePlainMiniSearch(), await measurePlainOrama(), measureEngine()];
console.log(
  `ask() benchmark: ${passages.length} passages, ${queries.length} distinct queries x 3 rounds, node ${process.version}`,
);
console.log('| system | index build ms | heap after index MB | p50 ms | p99 ms | dev score | own paraphrase score |');
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

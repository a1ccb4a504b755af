import { readCorpus } from './eval/corpus.mjs';
import { explain } from './src/ask/ask';
import { containsTerm, passes } from './src/ask/eval-score';
import { buildPassages } from './src/ask/passages';
import { shorten } from './src/ask/shorten';
import { dataset } from './src/data/dataset';

const ps = buildPassages(dataset());
const m = {};
for (const q of readCorpus(process.argv[2] ?? 'train').filter((q) => q.kinds.includes('answer') && q.must.length)) {
  const { answer: a, trace } = explain(q.q, { lang: q.lang });
  if (passes(q, a) || a.kind !== 'answer') continue;
  const ok = (t) => q.must.every((g) => g.some((alt) => containsTerm(t, alt)));
  const want = ps.filter((p) => ok(shorten(p.text[q.lang])));
  if (!want.length) continue;
  const got = trace.intent ? 'intent:' + trace.intent : (trace.retrieval?.hits[0]?.id.split(':')[0] ?? '?');
  const wk = [...new Set(want.map((p) => p.kind))].join('|');
  const k = `${got} -> ${wk}`;
  m[k] = (m[k] ?? 0) + 1;
}
console.log(
  Object.entries(m)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30),
);

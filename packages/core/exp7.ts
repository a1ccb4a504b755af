import { readCorpus } from './eval/corpus.mjs';
import { ask } from './src/ask/ask';
import { containsTerm, passes } from './src/ask/eval-score';
import { buildPassages } from './src/ask/passages';
import { shorten } from './src/ask/shorten';
import { dataset } from './src/data/dataset';

const ps = buildPassages(dataset());
const split = process.argv[2] ?? 'train';
let fails = 0,
  inShort = 0,
  inFull = 0,
  none = 0,
  topFull = 0;
for (const q of readCorpus(split).filter((q) => q.kinds.includes('answer') && q.must.length)) {
  const a = ask(q.q, { lang: q.lang });
  if (passes(q, a)) continue;
  fails++;
  const ok = (t) => q.must.every((g) => g.some((alt) => containsTerm(t, alt)));
  if (ps.some((p) => ok(shorten(p.text[q.lang])))) inShort++;
  else if (ps.some((p) => ok(p.text[q.lang]))) inFull++;
  else none++;
}
console.log({ split, fails, inShort, onlyInFullText: inFull, none });

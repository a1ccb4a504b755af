import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Answer } from '../ask/answer';
import { ask } from '../ask/ask';
import { TIE_MARGIN } from '../ask/from-hits';
import type { Trace } from '../ask/trace';
import { LANGS, type Lang } from '../schema/common';
import { asOfLine, sourceLines, wrap } from './format';

/** Human-readable answer: text, sources, as-of date. */
export function formatAnswer(a: Answer): string {
  const asOf = asOfLine(a.asOf, a.lang);
  return [wrap(a.text), '', ...(a.sources.length ? sourceLines(a.sources, a.lang) : []), asOf, ''].join('\n');
}

/** Why the advice model was overruled, as `--explain` says it. */
const OVERRULED: Record<NonNullable<NonNullable<Trace['advice']>['overruled']>, string> = {
  context: 'the person is context for a general question',
  'how-to': 'asks how one joins',
  procedure: "asks about the study's procedures",
};

const round = (n: number | undefined) => (n === undefined ? 'none' : n.toFixed(3));

/** `impress ask --explain`: the decisions behind an answer, then the answer. */
export function formatExplained(a: Answer, t: Trace): string {
  const lines = [`kind: ${a.kind} (${a.lang})`, `corrected: ${t.corrected ?? '(not reached)'}`];
  if (t.asked) lines.push(`asked: ${t.asked} (the sentence that asks; the rest is context)`);
  if (t.advice) {
    const { rule, personal, p, threshold, verdict, signals, overruled } = t.advice;
    const why = `rule ${rule}; personal dose, prognosis or symptoms ${personal}${overruled ? `; model overruled: ${OVERRULED[overruled]}` : ''}`;
    lines.push(`advice: ${verdict} (${why}; model ${round(p)}, advice from ${round(threshold)})`);
    lines.push(`  signals: ${signals.join(' ') || 'none'}`);
  }
  if (t.entities) lines.push(`entities: ${t.entities.join(' ') || 'none'}`);
  if (t.scope) {
    lines.push(
      `scope: model ${round(t.scope.p)} (out below ${round(t.scope.threshold)}, sure from ${round(t.scope.confident)})`,
    );
    const n = t.scope.neighbours;
    if (n)
      lines.push(
        `  nearest example questions: ${round(n.outShare)} out of scope (closest out ${round(n.closestOut)}, in ${round(n.closestIn)})`,
      );
  }
  if (t.offTopic) lines.push('off topic: hospital practicalities, employment or a market price, out of scope by rule');
  if (t.intent) lines.push(`intent: ${t.intent}`);
  if (t.retrieval) {
    lines.push(
      `retrieval: coverage ${t.retrieval.coverage.toFixed(2)}, in scope ${t.retrieval.inScope}${t.retrieval.reranked ? ", in the learnt reranker's order (scores from the word index)" : ''}`,
    );
    const { margin } = t.retrieval;
    if (Number.isFinite(margin))
      lines.push(`  reranker margin ${margin.toFixed(2)} (under ${TIE_MARGIN} the two best are both shown)`);
    for (const h of t.retrieval.hits) lines.push(`  ${h.score.toFixed(2).padStart(7)}  ${h.id}`);
    if (t.retrieval.votes.length > 0)
      lines.push(`  example questions vote for: ${t.retrieval.votes.map((v) => `${v.id} ${v.share}`).join(', ')}`);
  }
  return `${lines.join('\n')}\n\n${formatAnswer(a)}`;
}

/** A JSON line of `--batch` output: the Answer with the caller's id first. */
function batchLine(id: unknown, a: Answer): string {
  return JSON.stringify({ id, ...a });
}

/**
 * `impress ask --json --batch`: reads JSON lines `{ "id", "q", "lang"? }` and writes one Answer per
 * line with the same id, in order. A line that is not such an object gets an error line with the
 * same position, so nothing is lost and output stays aligned with input.
 *
 * @returns How many input lines were invalid.
 */
export async function runBatch(input: Readable, out: (text: string) => void): Promise<number> {
  let invalid = 0;
  let lineNo = 0;
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let item: { id?: unknown; q?: unknown; lang?: unknown };
    try {
      item = JSON.parse(line);
    } catch {
      invalid++;
      out(`${JSON.stringify({ id: null, line: lineNo, error: 'not valid JSON' })}\n`);
      continue;
    }
    if (item === null || typeof item !== 'object' || typeof item.q !== 'string') {
      invalid++;
      out(
        `${JSON.stringify({ id: (item as { id?: unknown })?.id ?? null, line: lineNo, error: 'expected an object with a string "q"' })}\n`,
      );
      continue;
    }
    const lang = LANGS.includes(item.lang as Lang) ? (item.lang as Lang) : undefined;
    out(`${batchLine(item.id ?? null, ask(item.q, lang ? { lang } : {}))}\n`);
  }
  return invalid;
}

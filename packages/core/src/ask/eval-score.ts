import type { Lang } from '../schema/common';
import { fold } from '../text/fold';
import { escapeRegExp } from '../text/regexp';
import type { Answer, AnswerKind } from './answer';

/** One evaluation question: what a right answer must contain (the format of shared/eval). */
export interface EvalQuestion {
  id: string;
  q: string;
  lang?: Lang;
  kinds: AnswerKind[];
  must: string[][];
}

function normalise(text: string): string {
  let s = fold(text).replace(/[\u2010-\u2015\u2212]/g, '-');
  for (let i = 0; i < 3; i++) s = s.replace(/(\d)[,\u00a0\u202f ](\d{3})(?!\d)/g, '$1$2');
  return s;
}

/** Whole-word, accent-insensitive containment, with digit groups joined (1,167 = 1167). */
export function containsTerm(text: string, term: string): boolean {
  return new RegExp(`(^|[^a-z0-9])${escapeRegExp(normalise(term))}($|[^a-z0-9])`).test(normalise(text));
}

/**
 * True when an answer passes a question by the rules of the shared evaluation scorer: a right kind
 * and, for an answer, one alternative of every `must` group in the text and an http(s) source.
 */
export function passes(q: EvalQuestion, a: Answer): boolean {
  if (!q.kinds.includes(a.kind)) return false;
  if (a.kind !== 'answer') return true;
  if (!q.must.every((group) => group.some((alt) => containsTerm(a.text, alt)))) return false;
  return a.sources.some((s) => /^https?:\/\//.test(s.url));
}

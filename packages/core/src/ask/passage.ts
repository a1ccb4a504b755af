import type { Lang, LocalizedText } from '../schema/common';
import type { Source } from '../schema/source';

/** One retrievable unit of knowledge: a fact, an FAQ entry or an entity, written in both languages. */
export interface Passage {
  /** `kind:entityId`, or `kind:entityId:part` for a figure of a result snapshot. */
  id: string;
  kind: PassageKind;
  title: LocalizedText;
  text: LocalizedText;
  keywords: string;
  sources: Source[];
  asOf: string;
  /** `no` marks a passage that says something is not known. */
  known: 'yes' | 'partial' | 'no';
  /** Prior relevance, 1 by default; below 1 for passages that are only around the study. */
  prior?: number;
}

/** Kinds of passage, one per kind of knowledge. */
export type PassageKind =
  | 'study'
  | 'fact'
  | 'disputed'
  | 'gap'
  | 'faq'
  | 'site'
  | 'drug'
  | 'cohort'
  | 'partner'
  | 'funding'
  | 'publication'
  | 'figure'
  | 'news'
  | 'related'
  | 'organisation'
  | 'person';

/** Text built once per language. */
export const both = (fn: (lang: Lang) => string): LocalizedText => ({ en: fn('en'), nb: fn('nb') });
/** Joins the parts that are present with spaces. */
export const join = (...parts: Array<string | undefined | false>) => parts.filter(Boolean).join(' ');

/** The passage of one sourced entity: id `kind:entityId`, its sources and as-of date, known unless said. */
export function passage(
  kind: PassageKind,
  e: { id: string; sources: Source[]; asOf: string },
  p: Pick<Passage, 'title' | 'text'> & Partial<Pick<Passage, 'keywords' | 'known' | 'prior'>>,
): Passage {
  return { id: `${kind}:${e.id}`, kind, keywords: '', known: 'yes', sources: e.sources, asOf: e.asOf, ...p };
}

import type { Lang } from '../../schema/common';
import type { Dataset } from '../../schema/dataset';
import type { Source } from '../../schema/source';
import { STRINGS } from '../../strings';
import { wholeWords } from '../../text/regexp';
import type { AnswerKind, Related } from '../answer';

/** What an intent or the retriever proposes; `ask()` turns it into an Answer. */
export interface Draft {
  kind: AnswerKind;
  text: string;
  sources: Source[];
  asOf: string;
  related: Related[];
}

/** A structured intent: answers list and figure questions from the typed queries, or passes (undefined). */
export type Intent = (question: string, lang: Lang, data: Dataset) => Draft | undefined;

/** Joins list items the way each language does: "a, b and c" / "a, b og c". */
export function listJoin(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${STRINGS.and[lang]} ${items.at(-1)}`;
}

/** True when any folded phrase occurs as whole words in the folded text. */
export function hasPhrase(text: string, phrases: readonly string[]): boolean {
  return phrases.length > 0 && wholeWords(phrases).test(text);
}

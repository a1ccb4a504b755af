import type { Dataset } from '../schema/dataset';
import { fold } from '../text/fold';
import { wholeWords } from '../text/regexp';
import { scopeSignals } from './classify/advice-signals';
import type { Passage } from './passage';

/**
 * Whether a passage can answer a question that names another trial or project by its name
 * ("MEGALiT's registry number", "FINPROVE's principal investigator") and not IMPRESS: only if the
 * passage is about that trial or names it. Otherwise the question's other words found IMPRESS's own
 * registry numbers or its own investigator, which answer another question. A trial named only by its
 * country ("Danish patients") is no such question.
 */
export function answersOtherTrial(question: string, passage: Passage, data: Dataset): boolean {
  if (scopeSignals(question).includes('s:names-study')) return true;
  const folded = fold(question);
  const named = data.relatedTrials.filter((t) => wholeWords([fold(t.name)]).test(folded));
  if (named.length === 0) return true;
  const text = fold(`${passage.title.en} ${passage.text.en} ${passage.keywords}`);
  return named.some((t) => passage.id === `related:${t.id}` || wholeWords([fold(t.name)]).test(text));
}

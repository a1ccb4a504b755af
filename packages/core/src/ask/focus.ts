import { regionNamedIn } from '../query/regions';
import type { Dataset } from '../schema/dataset';
import { fold } from '../text/fold';
import { geneNamedIn } from './intents/lists';

/**
 * What a question of several sentences asks, and where: `asked`, the one sentence that asks, when
 * the rest is context ("Which hospitals in the west take part? My aunt lives there."); `forIntents`,
 * what the structured intents read: the asked sentence alone; `forSearch`, what retrieval reads: the
 * asked sentence and then the whole question, so the asked words count twice and the context's once,
 * since a context sentence's words ("my aunt lives there") pull the word index to passages about
 * something else. When the context names what the question is about ("Mum is treated at Ahus. Is
 * that hospital in the study?"), both read the whole question.
 */
export interface Focus {
  asked?: string;
  forIntents: string;
  forSearch: string;
}

/**
 * The focus of a (corrected) question, given its asked sentence (askedSentence) when that is about
 * the study on its own; one that is not ("I heard of IMPRESS on the radio. Where is the nearest
 * café?") leads nothing, and the whole question is read as before. `entitiesIn` links the content's
 * entities.
 */
export function focusOf(
  text: string,
  asked: string | undefined,
  data: Dataset,
  entitiesIn: (text: string) => Set<string>,
): Focus {
  if (asked === undefined) return { forIntents: text, forSearch: text };
  const context = text.replace(asked, ' ');
  const named = entitiesIn(context).size > 0 || regionNamedIn(context) !== undefined || geneNamedIn(context, data);
  return named
    ? { asked, forIntents: text, forSearch: text }
    : { asked, forIntents: asked, forSearch: `${asked} ${text}` };
}

/** Words by which a sentence points back to what the one before named ("What kind of study is that?"). */
const POINTS_BACK = /\b(that|it|this|they|them|there|its|den|det|dette|denne|de|dem|der|dit|studien|studiet)\b/;

/**
 * What must name the study for a question to skip the words check (engine.ts): the asked sentence,
 * or, when it points back ("... oncologist brought up IMPRESS. What kind of study is that?"), the
 * whole question; a context naming IMPRESS does not make "Where is the nearest café?" about it.
 */
export function namingText(focus: Focus, question: string): string {
  return focus.asked === undefined || POINTS_BACK.test(fold(focus.asked)) ? question : focus.asked;
}

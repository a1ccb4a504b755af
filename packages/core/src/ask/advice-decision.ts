import { isAdviceRequest } from './advice';
import { adviceSignals } from './classify/advice-signals';
import { asksAboutProcedure, asksHowToJoin, factClauseAfterContext } from './classify/asked';
import { featuresOf } from './classify/features';
import { type LinearModel, predict } from './classify/linear-model';
import type { Trace } from './trace';

/** Advice signals of a person with their own dose, prognosis or condition, or bending the rules for them. */
const PERSONAL_PAIRS: ReadonlySet<string> = new Set([
  's:person+dose',
  's:person+prognosis',
  's:person+condition',
  's:person+bend',
]);

/** The trained advice model and the probability from which it declines. */
export interface AdviceModel {
  model: LinearModel;
  threshold: number;
}

/**
 * Personal medical advice: `rule` when a clear rule says so (a person and a decision about them),
 * `model` when only the advice model does (the engine trusts it only for questions not far out of
 * scope), else `no`.
 *
 * @param question - The question as typed; `corrected` is it after spelling correction.
 */
export function adviceOf(
  question: string,
  corrected: string,
  advice: AdviceModel | undefined,
  trace?: Trace,
): 'rule' | 'model' | 'no' {
  const signals = adviceSignals(question);
  const p = advice ? predict(advice.model, featuresOf(question, signals)) : undefined;
  const rule = isAdviceRequest(question) || isAdviceRequest(corrected) || signals.includes('s:person+decision');
  // The model alone declines only a question with some sign of a person or a decision: without one,
  // "is olaparib in the study?" looks like advice to it only because advice questions name drugs.
  const over = advice !== undefined && p !== undefined && p >= advice.threshold && signals.length > 0;
  const overruled = over ? overruling(question, advice) : undefined;
  const model = over && overruled === undefined;
  // The model and a person with their own dose, prognosis or symptoms ("how long do I have left")
  // together decline whatever the scope model says: such a question needs the doctor, not a refusal.
  const personal = model && signals.some((s) => PERSONAL_PAIRS.has(s));
  const verdict = rule || personal ? 'rule' : model ? 'model' : 'no';
  if (trace) trace.advice = { signals, rule, personal, p, threshold: advice?.threshold, verdict, overruled };
  return verdict;
}

/**
 * Why the advice model, over its threshold, should not decide, if it should not: the question asks
 * how one joins ("how do I get into the study": the referral route, not whether to), or about the
 * study's procedures ("will I have to pay?": the same for everyone), or its
 * person is only context for a general question ("my uncle has a sarcoma, which companies supply the
 * drugs?", when the model finds the last clause alone no advice).
 */
function overruling(question: string, advice: AdviceModel): 'context' | 'how-to' | 'procedure' | undefined {
  if (asksHowToJoin(question)) return 'how-to';
  if (asksAboutProcedure(question, (text) => predict(advice.model, featuresOf(text)) >= advice.threshold))
    return 'procedure';
  const clause = factClauseAfterContext(question);
  // The clause has no advice signal (factClauseAfterContext), so the model sees its words alone.
  return clause !== undefined && predict(advice.model, featuresOf(clause)) < advice.threshold ? 'context' : undefined;
}

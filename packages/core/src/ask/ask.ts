import { dataset } from '../data/dataset';
import model from '../generated/ask-model.json';
import type { Answer } from './answer';
import type { AskModel } from './classify/ask-model';
import { type AskOptions, Engine } from './engine';
import type { Trace } from './trace';

let engine: Engine | undefined;

/**
 * Answers a question about IMPRESS-Norway in English or Norwegian bokmål, with sources and the
 * as-of date. Questions outside the study get `no-answer`; requests for personal medical advice get
 * `advice-declined` with a pointer to the treating doctor. Never throws.
 *
 * @param question - Free text, in English or Norwegian (with or without æ, ø, å).
 * @param options - `lang` forces the answer language; otherwise it is detected.
 * @example
 * ```ts
 * const a = ask('Hvilke sykehus i Helse Vest deltar?');
 * a.kind; // 'answer'
 * a.sources[0].url;
 * ```
 */
export function ask(question: string, options: AskOptions = {}): Answer {
  return builtInEngine().ask(question, options);
}

function builtInEngine(): Engine {
  engine ??= new Engine(dataset(), model as AskModel);
  return engine;
}

/**
 * Answers like {@link ask} and says how: the spelling correction, the advice and scope decisions
 * with their probabilities and thresholds, the intent that answered, and the top passages with their
 * scores. For maintainers (`impress ask --explain`); the shape may change between versions.
 */
export function explain(question: string, options: AskOptions = {}): { answer: Answer; trace: Trace } {
  const trace: Trace = {};
  return { answer: builtInEngine().ask(question, options, trace), trace };
}

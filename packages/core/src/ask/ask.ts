import { dataset } from '../data/dataset';
import type { Answer } from './answer';
import { type AskOptions, Engine } from './engine';

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
  engine ??= new Engine(dataset());
  return engine.ask(question, options);
}

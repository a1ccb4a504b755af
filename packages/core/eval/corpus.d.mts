/** One question of the labelled corpus, with its category and split (see corpus.mjs). */
export interface CorpusQuestion {
  id: string;
  q: string;
  lang: 'en' | 'nb';
  kinds: Array<'answer' | 'no-answer' | 'advice-declined'>;
  must: string[][];
  category: string;
  topic?: string;
  split: 'train' | 'dev' | 'test';
}
export const CORPUS_DIR: string;
export const TRAIN_EXTRA_DIR: string;
export function splitOf(id: string): 'train' | 'dev' | 'test';
export function readJsonl(path: string): unknown[];
export function readCorpus(split?: 'train' | 'dev' | 'test'): CorpusQuestion[];
export function sameText(q: string): string;
export function evaluationQuestions(): string[];
export function evaluationTexts(): Set<string>;

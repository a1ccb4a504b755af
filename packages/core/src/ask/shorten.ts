import { firstSentences } from '../text/sentences';

/** Most sentences of a passage an answer keeps, so answers stay short enough for a chat message. */
export const MAX_SENTENCES = 4;

/** Keeps the first few sentences of a passage's text: what an answer built on it shows. */
export function shorten(text: string): string {
  return firstSentences(text, MAX_SENTENCES);
}

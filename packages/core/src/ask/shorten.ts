/** Most sentences of a passage an answer keeps, so answers stay short enough for a chat message. */
export const MAX_SENTENCES = 4;

/** Keeps the first few sentences of a passage's text: what an answer built on it shows. */
export function shorten(text: string): string {
  // A sentence ends at . ! or ? followed by a space; "5.969" and "e.g." inside a sentence do not end it.
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-ZÆØÅ0-9"«(])/u);
  return sentences.slice(0, MAX_SENTENCES).join(' ').trim();
}

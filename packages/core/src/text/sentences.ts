/**
 * The sentences of a text. A sentence ends at . ! or ? followed by a space and a capital, a digit or
 * an opening quote or bracket; "5.969" and "e.g." inside a sentence do not end it.
 */
export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-ZÆØÅ0-9"«(])/u);
}

/** The first `n` sentences of a text. */
export function firstSentences(text: string, n: number): string {
  return splitSentences(text).slice(0, n).join(' ').trim();
}

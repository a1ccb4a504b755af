/**
 * The first `n` sentences of a text. A sentence ends at . ! or ? followed by a space and a capital,
 * a digit or an opening quote or bracket; "5.969" and "e.g." inside a sentence do not end it.
 */
export function firstSentences(text: string, n: number): string {
  return text
    .split(/(?<=[.!?])\s+(?=[A-ZÆØÅ0-9"«(])/u)
    .slice(0, n)
    .join(' ')
    .trim();
}

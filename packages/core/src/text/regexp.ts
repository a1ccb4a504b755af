/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const cache = new Map<string, RegExp>();

/** A pattern that finds any of the phrases as whole words in folded text (compiled once per list). */
export function wholeWords(phrases: readonly string[]): RegExp {
  const key = phrases.join('\u0000');
  let pattern = cache.get(key);
  if (!pattern) {
    pattern = new RegExp(`(?:^|[^a-z0-9])(?:${phrases.map(escapeRegExp).join('|')})(?=$|[^a-z0-9])`);
    if (cache.size < 5000) cache.set(key, pattern);
  }
  return pattern;
}

import { fold } from '../text/fold';

/** Edit distance with adjacent transpositions (Damerau), stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        (rows[0] as number[])[j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const prev = rows[i - 1] as number[];
      const row = rows[i] as number[];
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = d;
      best = Math.min(best, d);
    }
    if (i > 0 && best > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * Words this long may have two typos corrected; shorter ones one. From eight letters, real words the
 * knowledge base does not have became words it has ("position" became "positive"); on the corpus dev
 * split ten letters did as well as allowing one edit only, and keeps "partisipatin" correctable.
 */
const TWO_EDITS_FROM = 10;

/**
 * Corrects misspelt words against the words of the knowledge base ("hospitls" becomes "hospitals",
 * "nothern" becomes "northern"). Known words, numbers and short words are left alone.
 */
export class Speller {
  private readonly known = new Map<string, number>();
  private readonly byFirst = new Map<string, string[]>();
  private readonly exclude: ReadonlySet<string>;

  constructor(texts: Iterable<string>, exclude: ReadonlySet<string> = new Set()) {
    for (const text of texts) {
      for (const word of fold(text).split(/[^a-z]+/)) {
        if (word.length >= 3 && !exclude.has(word)) this.known.set(word, (this.known.get(word) ?? 0) + 1);
      }
    }
    this.exclude = exclude;
    for (const word of this.known.keys()) {
      const first = word[0] as string;
      const list = this.byFirst.get(first) ?? [];
      list.push(word);
      this.byFirst.set(first, list);
    }
  }

  /** The closest known word, or the word itself when it is known or nothing is close enough. */
  correctWord(word: string): string {
    if (word.length < 5 || this.known.has(word) || this.exclude.has(word) || /\d/.test(word)) return word;
    const max = word.length >= TWO_EDITS_FROM ? 2 : 1;
    let best = word;
    let bestDistance = max + 1;
    let bestCount = 0;
    for (const candidate of this.byFirst.get(word[0] as string) ?? []) {
      const d = editDistance(word, candidate, max);
      const count = this.known.get(candidate) ?? 0;
      if (d < bestDistance || (d === bestDistance && count > bestCount)) {
        best = candidate;
        bestDistance = d;
        bestCount = count;
      }
    }
    return bestDistance <= max ? best : word;
  }

  /** The question with each misspelt word replaced; the result is folded (lower case, ASCII letters). */
  correct(question: string): string {
    return fold(question).replace(/[a-z]+/g, (word) => this.correctWord(word));
  }
}

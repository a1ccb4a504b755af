// Signals of what kind of answer a question wants and a passage gives, for the learnt reranker
// (rerank.ts): the shape of a passage's facts (a year, an amount) and the kind of question word.

/**
 * What shape of answer a passage holds, by pattern over its text in both languages: the reranker
 * pairs these with the question's words, so "when" or "når" learns to want a year, "how much" or
 * "bevilgning" an amount, for passages no training question asked about.
 */
export const SHAPES: ReadonlyArray<readonly [string, RegExp]> = [
  ['year', /\b(19|20)\d\d\b/],
  ['date', /\b\d{1,2}\.? (jan|feb|mar|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[sc])[a-z]*\b/i],
  ['percent', /\d ?%|\bprosent|\bpercent/i],
  ['money', /\b(nok|kr|kroner|euro|eur)\b|€|\bmill(ion|ioner|\.)/i],
  ['count', /\b\d+\b(?! ?%)/],
  ['reference', /\b(doi|pmid|pubmed|journal|tidsskrift)\b/i],
];

/**
 * The kinds of question word, in both languages (folded): a title that opens "Where the testing is
 * done" or "Hvem leder studien" answers the same kind of question, whatever else the words are.
 */
const WH: ReadonlyArray<readonly [string, RegExp]> = [
  ['where', /\b(where|(kor|hvor)(?! (mange|mye|mykje|lenge|ofte|stor|store|tid)\b))\b/],
  ['who', /\b(who|whom|hvem|kven)\b/],
  ['when', /\b(when|nar|kor tid)\b/],
  ['how-many', /\b(how (many|much)|(hvor|kor) (mange|mye|mykje)|number of|antall)\b/],
  ['how-long', /\b(how long|(hvor|kor) lenge)\b/],
  ['why', /\b(why|hvorfor|kvifor)\b/],
  ['how', /\b(how(?! (many|much|long)\b)|hvordan|korleis)\b/],
];
/** The kinds of question word in a folded text. */
export const whOf = (folded: string): string[] =>
  WH.filter(([, pattern]) => pattern.test(folded)).map(([name]) => name);

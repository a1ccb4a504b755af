import type { PassageKind } from './passage';

/** The hand-set weights of the word index's ranking (see retriever.ts). */

/** Passages written as answers (FAQ, facts, figures) win ties over news items and bare entities. */
export const KIND_WEIGHT: Record<PassageKind, number> = {
  faq: 1.2,
  fact: 1.2,
  figure: 1.15,
  disputed: 1.05,
  partner: 1.15,
  cohort: 1.15,
  funding: 1.1,
  related: 1.1,
  study: 1,
  site: 1,
  drug: 1,
  gap: 0.9,
  organisation: 0.9,
  person: 0.9,
  publication: 0.8,
  news: 0.6,
};
/**
 * A synonym group as a whole weighs about half of one of the question's own words, however many
 * phrases it has, so a long group cannot outvote the words the user actually typed.
 */
export const SYNONYM_GROUP_WEIGHT = 0.5;
/** "study", "trial", "IMPRESS": every passage is about the study, so these words barely rank. */
export const NAME_WEIGHT = 0.2;

/** A question after a number ("how many", "what was the rate") is best answered by a reported figure. */
export const QUANTITY =
  /\b(how (many|much|large|big|often|long)|what (was|is|were|are) the (\w+ ){0,3}(rate|share|number|percentage|proportion|amount|figure)|number of|percent(age)?|proportion|hvor (mange|mye|stor|store|ofte|lenge)|antall|andel(en)?|prosent|rate(n)?)\b/;
/** How many of the index's results the second pass reranks. */
export const RERANK_DEPTH = 12;
/** Gain for the share of the question's words in a passage's title. */
export const TITLE_WEIGHT = 0.5;
/** Gain when the question's words, in order, are a phrase of the title. */
export const TITLE_PHRASE_WEIGHT = 1.5;
/** Gain for a passage with a number the question did not give, when it asks for a quantity. */
export const NEW_NUMBER_WEIGHT = 1.5;
/** A passage that matches only some of the question's words keeps this share of its score, at least. */
export const COVERAGE_FLOOR = 0.2;
/** Kinds of passage that hold figures, lifted for a question after a quantity. */
export const QUANTITY_WEIGHT: Partial<Record<PassageKind, number>> = { figure: 1.6, disputed: 1.3, funding: 1.3 };
/** "When did ...?" wants a passage that gives a year the question did not already give. */
export const WHEN = /\b(when|what (year|date|month)|since when|nar|hvilket ar|hvilken dato|hvilken maned|siden nar)\b/;
/** Gain for a passage with a year the question did not give, when it asks "when". */
export const NEW_YEAR_WEIGHT = 1.5;
/**
 * A passage about an entity the question names (a hospital, a drug, a company, a trial, a person).
 * Both weights were compared on the train split (1 to 3): +0.5 to +1 point on answers.
 */
export const ENTITY_WEIGHT = 2;
/** A passage that mentions such an entity ("who leads IMPRESS in Bergen" wants the person at Haukeland). */
export const MENTION_WEIGHT = 1.3;

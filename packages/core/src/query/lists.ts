import { dataset } from '../data/dataset';
import type { Dataset } from '../schema/dataset';
import type { Gap, StudyFact } from '../schema/fact';
import type { FaqEntry } from '../schema/faq';
import type { FundingEvent } from '../schema/funding';
import type { Organisation } from '../schema/organisation';
import type { Person } from '../schema/person';
import type { Publication } from '../schema/publication';
import type { RelatedTrial } from '../schema/related-trial';
import type { ResultSnapshot } from '../schema/result';
import { newestFirst } from './dates';

/** Result snapshots, newest first. Each keeps its own date, cut-off and definitions. */
export function results(data: Dataset = dataset()): ResultSnapshot[] {
  return [...data.results].sort((a, b) => newestFirst(a.reported, b.reported));
}

/** Grants, budget items and contributions, newest first. */
export function funding(data: Dataset = dataset()): FundingEvent[] {
  return [...data.funding].sort((a, b) => newestFirst(a.date, b.date));
}

/** Frequently asked questions, including honest "not known" answers (`answerable: 'no'`). */
export function faq(data: Dataset = dataset()): FaqEntry[] {
  return data.faq;
}

/** People named in public sources, with their roles. */
export function people(data: Dataset = dataset()): Person[] {
  return data.people;
}

/** Organisations named in public sources, with their roles. */
export function organisations(data: Dataset = dataset()): Organisation[] {
  return data.organisations;
}

/** Trials and networks related to IMPRESS-Norway (DRUP, Nordic sister trials, EU projects). */
export function relatedTrials(data: Dataset = dataset()): RelatedTrial[] {
  return data.relatedTrials;
}

/** Papers and abstracts, newest first. */
export function publications(data: Dataset = dataset()): Publication[] {
  return [...data.publications].sort((a, b) => newestFirst(a.published, b.published));
}

/** Sourced statements on how the study works (design, eligibility, testing, follow-up, payment). */
export function studyFacts(data: Dataset = dataset()): StudyFact[] {
  return data.facts;
}

/** What the public sources do not tell. */
export function gaps(data: Dataset = dataset()): Gap[] {
  return data.gaps;
}

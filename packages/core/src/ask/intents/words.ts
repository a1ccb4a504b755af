import { REGION_WORDS } from '../../query/regions';
import { COHORT_WORDS, COMPANY_WORDS, NEWS_WORDS } from './lists';
import { HOSPITAL_WORDS } from './sites';

/** Words the intents listen for, so the speller can correct them ("hospitls" finds "hospitals"). */
export const INTENT_WORDS: readonly string[] = [
  ...HOSPITAL_WORDS,
  ...Object.values(REGION_WORDS).flat(),
  ...COMPANY_WORDS,
  ...COHORT_WORDS,
  ...NEWS_WORDS,
];

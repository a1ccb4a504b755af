import { z } from 'zod';
import { biomarkerSchema } from './biomarker';
import { cohortSchema } from './cohort';
import { isoDateSchema } from './common';
import { disputedFactSchema } from './disputed';
import { drugSchema } from './drug';
import { gapSchema, studyFactSchema } from './fact';
import { faqEntrySchema } from './faq';
import { fundingEventSchema } from './funding';
import { geneSchema } from './gene';
import { newsItemSchema } from './news';
import { organisationSchema } from './organisation';
import { pharmaPartnerSchema } from './partner';
import { personSchema } from './person';
import { publicationSchema } from './publication';
import { relatedTrialSchema } from './related-trial';
import { resultSnapshotSchema } from './result';
import { siteSchema } from './site';
import { sourceSchema } from './source';
import { studySchema } from './study';

/** Everything known about the study, validated and compiled from the content files. */
export const datasetSchema = z.strictObject({
  meta: z.strictObject({
    /** The date the sources were last read; the as-of date of facts that carry no date of their own. */
    sourcesCheckedOn: isoDateSchema,
    /** Hash of the content, so consumers can tell two datasets apart. */
    contentHash: z.string(),
  }),
  study: studySchema,
  facts: z.array(studyFactSchema),
  disputed: z.array(disputedFactSchema),
  gaps: z.array(gapSchema),
  organisations: z.array(organisationSchema),
  people: z.array(personSchema),
  sites: z.array(siteSchema),
  partners: z.array(pharmaPartnerSchema),
  drugs: z.array(drugSchema),
  biomarkers: z.array(biomarkerSchema),
  genes: z.array(geneSchema),
  cohorts: z.array(cohortSchema),
  funding: z.array(fundingEventSchema),
  publications: z.array(publicationSchema),
  results: z.array(resultSnapshotSchema),
  news: z.array(newsItemSchema),
  faq: z.array(faqEntrySchema),
  relatedTrials: z.array(relatedTrialSchema),
  sources: z.array(sourceSchema),
});
/** Everything known about the study. */
export type Dataset = z.infer<typeof datasetSchema>;

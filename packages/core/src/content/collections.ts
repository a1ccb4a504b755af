import type { z } from 'zod';
import { biomarkerSchema } from '../schema/biomarker';
import { cohortSchema } from '../schema/cohort';
import { disputedFactSchema } from '../schema/disputed';
import { drugSchema } from '../schema/drug';
import { gapSchema, studyFactSchema } from '../schema/fact';
import { faqEntrySchema } from '../schema/faq';
import { fundingEventSchema } from '../schema/funding';
import { geneSchema } from '../schema/gene';
import { newsItemSchema } from '../schema/news';
import { organisationSchema } from '../schema/organisation';
import { pharmaPartnerSchema } from '../schema/partner';
import { personSchema } from '../schema/person';
import { publicationSchema } from '../schema/publication';
import { relatedTrialSchema } from '../schema/related-trial';
import { resultSnapshotSchema } from '../schema/result';
import { siteSchema } from '../schema/site';

/** List collections: the dataset key, the file or folder name under content/, and the entity schema. */
export const LIST_COLLECTIONS = {
  facts: { name: 'facts', schema: studyFactSchema },
  disputed: { name: 'disputed', schema: disputedFactSchema },
  gaps: { name: 'gaps', schema: gapSchema },
  organisations: { name: 'organisations', schema: organisationSchema },
  people: { name: 'people', schema: personSchema },
  sites: { name: 'sites', schema: siteSchema },
  partners: { name: 'partners', schema: pharmaPartnerSchema },
  drugs: { name: 'drugs', schema: drugSchema },
  biomarkers: { name: 'biomarkers', schema: biomarkerSchema },
  genes: { name: 'genes', schema: geneSchema },
  cohorts: { name: 'cohorts', schema: cohortSchema },
  funding: { name: 'funding', schema: fundingEventSchema },
  publications: { name: 'publications', schema: publicationSchema },
  results: { name: 'results', schema: resultSnapshotSchema },
  news: { name: 'news', schema: newsItemSchema },
  faq: { name: 'faq', schema: faqEntrySchema },
  relatedTrials: { name: 'related-trials', schema: relatedTrialSchema },
} as const satisfies Record<string, { name: string; schema: z.ZodType }>;

/** A dataset key that holds a list of entities. */
export type ListKey = keyof typeof LIST_COLLECTIONS;

/** Cross-references checked after validation: where an id lives and which collection it must name. */
export const REFERENCES: ReadonlyArray<{ from: ListKey | 'study'; field: string; to: ListKey }> = [
  { from: 'study', field: 'sponsorId', to: 'organisations' },
  { from: 'people', field: 'organisationIds', to: 'organisations' },
  { from: 'drugs', field: 'partnerId', to: 'partners' },
  { from: 'drugs', field: 'biomarkerIds', to: 'biomarkers' },
  { from: 'cohorts', field: 'biomarkerId', to: 'biomarkers' },
  { from: 'cohorts', field: 'drugIds', to: 'drugs' },
  { from: 'results', field: 'publicationId', to: 'publications' },
];

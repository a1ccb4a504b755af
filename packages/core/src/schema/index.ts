// Public schemas: `@impress-norway/core/schema` re-exports this file without pulling in the content.

export { type Biomarker, biomarkerSchema } from './biomarker';
export { type Cohort, type CohortStatus, cohortKindSchema, cohortSchema, cohortStatusSchema } from './cohort';
// Shared building blocks
export {
  type DatePrecision,
  datePrecisionSchema,
  type FuzzyDate,
  fuzzyDateSchema,
  idSchema,
  isIsoDate,
  isoDateSchema,
  LANGS,
  type Lang,
  type LocalizedText,
  langSchema,
  localizedTextSchema,
  precisionOf,
} from './common';
export { type Dataset, datasetSchema } from './dataset';
export { type DisputedFact, disputedFactSchema, type FactVersion, factVersionSchema } from './disputed';
export { type Drug, drugSchema } from './drug';
export { type FactTopic, factTopicSchema, type Gap, gapSchema, type StudyFact, studyFactSchema } from './fact';
export { type FaqEntry, faqEntrySchema } from './faq';
export { type FundingEvent, fundingEventSchema, type Money, moneySchema } from './funding';
export { type Gene, geneSchema } from './gene';
export { type NewsItem, type NewsTag, newsItemSchema, newsTagSchema } from './news';
export { type Organisation, organisationKindSchema, organisationSchema } from './organisation';
export { type PharmaPartner, pharmaPartnerSchema } from './partner';
export { type Person, type PersonRole, personRoleSchema, personSchema } from './person';
export { type Publication, publicationSchema } from './publication';
export { type RelatedTrial, relatedTrialSchema } from './related-trial';
export { type Figure, figureSchema, type ResultSnapshot, resultSnapshotSchema } from './result';
export {
  NORWAY_BOUNDS,
  REGIONS,
  type Region,
  regionSchema,
  type Site,
  type SiteLocation,
  siteLocationSchema,
  siteSchema,
} from './site';
export { type Source, sourceLangSchema, sourceSchema, sourcesSchema } from './source';
// Entities
export { type Milestone, milestoneSchema, type Study, studySchema } from './study';

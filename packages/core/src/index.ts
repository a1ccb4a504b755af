// @impress-norway/core: IMPRESS-Norway (NCT04817956) as typed, sourced, bilingual data.

// Question answering
export { type Answer, type AnswerKind, answerSchema, type Related } from './ask/answer';
export { ask, explain } from './ask/ask';
export type { ExampleVote, ScopeNeighbours } from './ask/classify/examples';
export { type AskOptions, Engine } from './ask/engine';
export { MAX_QUESTION_LENGTH } from './ask/normalize';
export type { Trace } from './ask/trace';

// The built-in dataset
export { CONTENT_IDS } from './content-ids';
export { dataset } from './data/dataset';

// Exports to other formats
export { type FhirResearchStudy, toFhirResearchStudy } from './export/fhir';
export { type JsonLdMedicalTrial, toJsonLd } from './export/jsonld';

// Queries
export { type CohortFilter, cohorts } from './query/cohorts';
export { newestFirst, sortKey } from './query/dates';
export { type DrugFilter, drugs, partners } from './query/drugs';
export { drugLabel, siteName, siteTown } from './query/labels';
export {
  faq,
  funding,
  gaps,
  organisations,
  people,
  publications,
  relatedTrials,
  results,
  studyFacts,
} from './query/lists';
export { newestDate, uniqueSources } from './query/merge';
export { type NewsFilter, news } from './query/news';
export { type StudyOverview, studyOverview } from './query/overview';
export { REGION_WORDS, regionNamedIn } from './query/regions';
export { FUNNEL_STAGES, type FunnelReport, type FunnelStage, resultsFunnel } from './query/results-funnel';
export { searchCohorts, searchDrugs, searchSites } from './query/search';
export { type SiteFilter, sites } from './query/sites';
export { type RegionSites, sitesByRegion } from './query/sites-by-region';
export { disputedFacts, factVersions, sponsor, study, type VersionedFact } from './query/study';

// Schemas and types (also available without the content from `@impress-norway/core/schema`)
export {
  type Biomarker,
  biomarkerSchema,
  type Cohort,
  type CohortStatus,
  cohortSchema,
  type Dataset,
  type DatePrecision,
  type DisputedFact,
  type Drug,
  datasetSchema,
  disputedFactSchema,
  drugSchema,
  type FactTopic,
  type FactVersion,
  type FaqEntry,
  type Figure,
  type FundingEvent,
  type FuzzyDate,
  faqEntrySchema,
  fundingEventSchema,
  fuzzyDateSchema,
  type Gap,
  type Gene,
  gapSchema,
  geneSchema,
  LANGS,
  type Lang,
  type LocalizedText,
  localizedTextSchema,
  type Milestone,
  type Money,
  type NewsItem,
  type NewsTag,
  NORWAY_BOUNDS,
  newsItemSchema,
  type Organisation,
  organisationSchema,
  type Person,
  type PersonRole,
  type PharmaPartner,
  type Publication,
  personSchema,
  pharmaPartnerSchema,
  publicationSchema,
  REGIONS,
  type Region,
  type RelatedTrial,
  type ResultSnapshot,
  relatedTrialSchema,
  resultSnapshotSchema,
  type Site,
  type SiteLocation,
  type Source,
  type Study,
  type StudyFact,
  siteLocationSchema,
  siteSchema,
  sourceSchema,
  studyFactSchema,
  studySchema,
} from './schema/index';

// Text helpers
export { fold, foldEquals, foldIncludes } from './text/fold';
export { asOfText, formatFuzzyDate, formatIsoDate } from './text/format-date';
export { firstSentences } from './text/sentences';

// Update stream (news and dated changes) for feeds and announcements
export { UPDATE_TOPICS, type Update, type UpdateKind, type UpdateTopic, updateId } from './updates/update';
export { diff, type UpdatesOptions, updates } from './updates/updates';

import type { FuzzyDate, Lang } from '../schema/common';
import type { Source } from '../schema/source';

/** What happened: a news item, or a change in the data that an entity's date records. */
export type UpdateKind =
  | 'news'
  | 'partner-joined'
  | 'cohort-opened'
  | 'cohort-status-changed'
  | 'drug-added'
  | 'site-joined'
  | 'results-published'
  | 'funding-granted'
  /** A study's ClinicalTrials.gov record changed (the announcer's registry watch, not the dataset). */
  | 'registry-changed';

/**
 * Feed and subscription topics. `registry` holds changes to the study's ClinicalTrials.gov record,
 * which the announcer's registry watch finds; the dataset itself has no items of that topic.
 */
export const UPDATE_TOPICS = ['news', 'cohorts-partners', 'results', 'funding', 'registry'] as const;
/** A feed and subscription topic. */
export type UpdateTopic = (typeof UPDATE_TOPICS)[number];

/**
 * One item of the update stream, in one language. `id` is a permanent identifier: feeds use it as
 * the item GUID and announcements use it to post each update exactly once.
 */
export interface Update {
  /** Permanent id, `impress-norway:<kind>:<entity id>`. Never reused, never changed. */
  id: string;
  kind: UpdateKind;
  topic: UpdateTopic;
  /** When it happened, at its own precision; `unknown` items have no date and sort last. */
  date: FuzzyDate;
  lang: Lang;
  title: string;
  summary: string;
  url: string;
  sources: Source[];
  tags: string[];
}

/** Builds the permanent id of an update. */
export function updateId(kind: UpdateKind, entityId: string): string {
  return `impress-norway:${kind}:${entityId}`;
}

// @impress-norway/announcer: subscriptions, sources and the exactly-once outbox (internal).

export { enqueueAnnouncement } from './enqueue';
export { type IngestOptions, type IngestResult, ingest, type SourceItem } from './ingest';
export { backoffMs, claim, type OutboxOptions, outboxNow, outboxStatus, release, settle } from './outbox';
export { DATASET_SOURCE, datasetItems } from './sources/dataset';
export { FeedParseError, feedItems } from './sources/feed-items';
export {
  DEFAULT_MAX_NEW_PER_POLL,
  FeedPoller,
  type FeedPollerOptions,
  MAX_FEED_BYTES,
  type PollOutcome,
} from './sources/feed-poller';
export { diffRegistry, type RegistryChange } from './sources/registry/diff';
export { type FetchRecordOptions, fetchRegistryRecord, type RecordFetch } from './sources/registry/fetch-record';
export {
  type RegistryDate,
  type RegistrySnapshot,
  readRegistryRecord,
  registryRecordSchema,
} from './sources/registry/record';
export {
  mergeSnapshot,
  type RegistryRecordOutcome,
  recordRegistryLook,
} from './sources/registry/state';
export {
  type RegistryStudyStatus,
  registryStatus,
  storedRegistryUpdates,
} from './sources/registry/status';
export {
  describeChange,
  registryAnnouncement,
  registryLinks,
  registryUpdateId,
  registryUpdates,
} from './sources/registry/texts';
export {
  DEFAULT_REGISTRY_POLL_SECONDS,
  DEFAULT_REGISTRY_URL,
  REGISTRY_FIRST_RETRY_MS,
  type RegistryPollOutcome,
  RegistryWatch,
  type RegistryWatchOptions,
} from './sources/registry/watch';
export {
  applySubscriptionRequest,
  type SubscriptionRequest,
  type SubscriptionResult,
  SubscriptionStore,
  subscriptionId,
} from './subscriptions';
export { TokenBucket } from './token-bucket';
export type {
  AnnouncementPayload,
  ClaimedDelivery,
  Clock,
  Platform,
  PlatformAdapter,
  SendResult,
  Subscription,
} from './types';
export { OutboxWorker, type WorkerOptions } from './worker';
export { writeTransaction } from './write-transaction';

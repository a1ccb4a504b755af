// @impress-norway/announcer: subscriptions, sources and the exactly-once outbox (internal).

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
export { describeChange, registryAnnouncement } from './sources/registry/texts';
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

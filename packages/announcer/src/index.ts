// @impress-norway/announcer: subscriptions, sources and the exactly-once outbox (internal).

export { type IngestResult, ingest } from './ingest';
export { backoffMs, claim, type OutboxOptions, outboxStatus, release, settle } from './outbox';
export {
  applySubscriptionRequest,
  parseTopics,
  type SubscriptionRequest,
  type SubscriptionResult,
  SubscriptionStore,
  subscriptionId,
} from './subscriptions';
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

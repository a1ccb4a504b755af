import type { Lang, Update, UpdateTopic } from '@impress-norway/core';

/** Platforms announcements go to. */
export type Platform = 'slack' | 'discord';

/** An update ready to announce, written in both languages. */
export interface AnnouncementPayload {
  id: string;
  topic: UpdateTopic;
  text: Record<Lang, Update>;
}

/** A channel's subscription. */
export interface Subscription {
  id: string;
  platform: Platform;
  teamId: string;
  /** Slack: the enterprise whose org-wide install serves this workspace (its token is the one to use). */
  enterpriseId?: string;
  channelId: string;
  lang: Lang;
  topics: UpdateTopic[];
  active: boolean;
  /** Why announcing stopped (the platform's error), when not active. */
  inactiveReason?: string;
}

/** A delivery a worker has claimed and must send. */
export interface ClaimedDelivery {
  id: string;
  subscription: Subscription;
  announcement: AnnouncementPayload;
  attempts: number;
  /** True when an earlier attempt's lease ran out mid-send: check the platform before sending again. */
  uncertain: boolean;
  /**
   * When the announcement was made (epoch ms): no attempt to send it can be older, so a resend check
   * reads the channel back to here.
   */
  createdAt?: number;
}

/** What a platform adapter reports after trying to send. */
export type SendResult =
  | { kind: 'sent'; messageId: string }
  /** `uncertain`: the message may have been posted all the same (the send timed out). */
  | { kind: 'retry'; error: string; retryAfterMs?: number; uncertain?: boolean }
  | { kind: 'gone'; error: string }
  | { kind: 'failed'; error: string };

/**
 * Sends announcements to one platform. Adapters make sends idempotent with the platform's own tools
 * (Slack message metadata checked before a resend, Discord `nonce` with `enforce_nonce`).
 */
export interface PlatformAdapter {
  platform: Platform;
  /** Gap between two messages to one channel (Slack: 1 message per second per channel). */
  paceMs: number;
  send(delivery: ClaimedDelivery): Promise<SendResult>;
}

/** Milliseconds since the epoch; injectable for tests. */
export type Clock = () => number;

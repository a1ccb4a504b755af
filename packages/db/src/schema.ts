/** Language chosen for a workspace/server (`channel_id` empty) or one channel. */
export interface ChannelSettingsTable {
  platform: 'slack' | 'discord';
  team_id: string;
  channel_id: string;
  lang: 'en' | 'nb';
  updated_at: string;
}

/** A Slack installation (OAuth), its tokens encrypted at rest. */
export interface SlackInstallationsTable {
  /** `E<enterprise id>` for org-wide installs, `T<team id>` otherwise. */
  id: string;
  team_id: string | null;
  enterprise_id: string | null;
  is_enterprise_install: number;
  /** The whole installation object, encrypted with AES-256-GCM. */
  data: string;
  updated_at: string;
}

/** A channel subscribed to announcements. Times are epoch milliseconds. */
export interface SubscriptionsTable {
  /** `platform:team:channel`. */
  id: string;
  platform: 'slack' | 'discord';
  team_id: string;
  /** Slack: the enterprise of an org-wide install that serves this workspace; null otherwise. */
  enterprise_id: string | null;
  channel_id: string;
  lang: 'en' | 'nb';
  /** Comma-separated topics. */
  topics: string;
  active: number;
  inactive_reason: string | null;
  created_at: number;
  /** Earliest time the next message may go to this channel (per-channel pacing). */
  next_send_at: number;
}

/** Item ids already known per source: only new ones are announced. */
export interface SeenItemsTable {
  source: string;
  item_id: string;
  seen_at: number;
}

/** An update to announce, with its text in both languages (JSON). */
export interface AnnouncementsTable {
  update_id: string;
  topic: string;
  payload: string;
  created_at: number;
}

/** The outbox: one row per (subscription, update), unique. */
export interface DeliveriesTable {
  id: string;
  subscription_id: string;
  update_id: string;
  status: 'pending' | 'sending' | 'sent' | 'failed' | 'dead';
  attempts: number;
  next_attempt_at: number;
  lease_owner: string | null;
  lease_until: number | null;
  /** 1 when a lease expired mid-send: the message may or may not have gone out. */
  uncertain: number;
  message_id: string | null;
  last_error: string | null;
  updated_at: number;
}

/**
 * The registry watch's state per study: the last normalised snapshot of its ClinicalTrials.gov record
 * (JSON), when it was taken, when a look last succeeded, the last change announced and the last error.
 * Times are epoch milliseconds from the database's clock.
 */
export interface RegistrySnapshotsTable {
  nct_id: string;
  /** Null until the first good look (the baseline). */
  snapshot: string | null;
  /** The record's own last-update date at the snapshot. */
  last_update: string | null;
  snapshot_at: number | null;
  fetched_at: number | null;
  changed_at: number | null;
  /** Update id of the last announced change. */
  last_change_id: string | null;
  /** Why the last look failed; cleared by the next good one. */
  error: string | null;
  error_at: number | null;
}

/**
 * Keys of Slack requests already taken, so a replay or retry that reaches any replica is acknowledged
 * without running. `expires_at` is epoch milliseconds on the database's clock.
 */
export interface SlackRequestKeysTable {
  key: string;
  expires_at: number;
}

/** Bookkeeping of applied migrations is Kysely's own table; this is the rest of the schema. */
export interface Schema {
  channel_settings: ChannelSettingsTable;
  slack_installations: SlackInstallationsTable;
  subscriptions: SubscriptionsTable;
  seen_items: SeenItemsTable;
  announcements: AnnouncementsTable;
  deliveries: DeliveriesTable;
  registry_snapshots: RegistrySnapshotsTable;
  slack_request_keys: SlackRequestKeysTable;
}

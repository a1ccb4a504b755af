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

/** Bookkeeping of applied migrations is Kysely's own table; this is the rest of the schema. */
export interface Schema {
  channel_settings: ChannelSettingsTable;
  slack_installations: SlackInstallationsTable;
}

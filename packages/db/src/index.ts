// @impress-norway/db: the project's database layer (internal).

// Connecting and migrating
export {
  type Database,
  type DbDialect,
  DEFAULT_DATABASE_URL,
  isPostgresUrl,
  type OpenOptions,
  openDatabase,
} from './connect';
export { type InstallationKey, InstallationRecords, installationId } from './installations';
export { REQUEST_KEY_SWEEP_BATCH, RequestKeys } from './request-keys';
export type {
  AnnouncementsTable,
  ChannelSettingsTable,
  DeliveriesTable,
  RegistrySnapshotsTable,
  Schema,
  SeenItemsTable,
  SlackInstallationsTable,
  SlackRequestKeysTable,
  SubscriptionsTable,
} from './schema';
export { SecretBox } from './secret-box';
// Stores
export { type Scope, SettingsStore } from './settings';

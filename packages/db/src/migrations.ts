import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { subscriptionEnterprise } from './migration-0004-subscription-enterprise';
import { slackRequestKeys } from './migration-0005-slack-request-keys';

// Migrations are code, in order, never edited once released: add a new one for every change.
const MIGRATIONS: Record<string, Migration> = {
  '0001_settings_and_installations': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('channel_settings')
        .addColumn('platform', 'varchar(16)', (c) => c.notNull())
        .addColumn('team_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('channel_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('lang', 'varchar(2)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .addPrimaryKeyConstraint('channel_settings_pk', ['platform', 'team_id', 'channel_id'])
        .execute();
      await db.schema
        .createTable('slack_installations')
        .addColumn('id', 'varchar(80)', (c) => c.primaryKey())
        .addColumn('team_id', 'varchar(64)')
        .addColumn('enterprise_id', 'varchar(64)')
        .addColumn('is_enterprise_install', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('slack_installations').execute();
      await db.schema.dropTable('channel_settings').execute();
    },
  },
  '0002_announcements': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('subscriptions')
        .addColumn('id', 'varchar(200)', (c) => c.primaryKey())
        .addColumn('platform', 'varchar(16)', (c) => c.notNull())
        .addColumn('team_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('channel_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('lang', 'varchar(2)', (c) => c.notNull())
        .addColumn('topics', 'varchar(200)', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('inactive_reason', 'varchar(200)')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('next_send_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('seen_items')
        .addColumn('source', 'varchar(300)', (c) => c.notNull())
        .addColumn('item_id', 'varchar(300)', (c) => c.notNull())
        .addColumn('seen_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('seen_items_pk', ['source', 'item_id'])
        .execute();
      await db.schema
        .createTable('announcements')
        .addColumn('update_id', 'varchar(400)', (c) => c.primaryKey())
        .addColumn('topic', 'varchar(40)', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('deliveries')
        .addColumn('id', 'varchar(600)', (c) => c.primaryKey())
        .addColumn('subscription_id', 'varchar(200)', (c) => c.notNull())
        .addColumn('update_id', 'varchar(400)', (c) => c.notNull())
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
        .addColumn('lease_owner', 'varchar(100)')
        .addColumn('lease_until', 'bigint')
        .addColumn('uncertain', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('message_id', 'varchar(200)')
        .addColumn('last_error', 'varchar(500)')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addUniqueConstraint('deliveries_unique', ['subscription_id', 'update_id'])
        .execute();
      await db.schema
        .createIndex('deliveries_due')
        .on('deliveries')
        .columns(['subscription_id', 'status', 'next_attempt_at'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const t of ['deliveries', 'announcements', 'seen_items', 'subscriptions'])
        await db.schema.dropTable(t).execute();
    },
  },
  '0003_registry_snapshots': {
    async up(db: Kysely<unknown>) {
      // One row per watched study: the last normalised snapshot of its ClinicalTrials.gov record and
      // how the last looks at it went. Written in the same transaction as the announcement a change
      // makes, so a crash never leaves one without the other.
      await db.schema
        .createTable('registry_snapshots')
        .addColumn('nct_id', 'varchar(16)', (c) => c.primaryKey())
        .addColumn('snapshot', 'text')
        .addColumn('last_update', 'varchar(32)')
        .addColumn('snapshot_at', 'bigint')
        .addColumn('fetched_at', 'bigint')
        .addColumn('changed_at', 'bigint')
        .addColumn('last_change_id', 'varchar(400)')
        .addColumn('error', 'varchar(500)')
        .addColumn('error_at', 'bigint')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('registry_snapshots').execute();
    },
  },
  '0004_subscription_enterprise': subscriptionEnterprise,
  '0005_slack_request_keys': slackRequestKeys,
};

/** The project's migrations, for Kysely's Migrator. */
export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};

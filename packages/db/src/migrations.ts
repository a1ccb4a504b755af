import type { Kysely } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely/migration';

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
};

/** The project's migrations, for Kysely's Migrator. */
export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};

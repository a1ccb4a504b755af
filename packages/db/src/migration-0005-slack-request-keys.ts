import type { Kysely, Migration } from 'kysely';

/**
 * Keys of Slack requests already taken (signature, body hash, event id), each until it expires on the
 * database's clock, so every replica of the Slack app sees what another one took. The primary key on
 * `key` is what makes a claim atomic across processes; the index on `expires_at` keeps sweeping cheap.
 */
export const slackRequestKeys: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('slack_request_keys')
      .addColumn('key', 'varchar(300)', (c) => c.primaryKey())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('slack_request_keys_expiry').on('slack_request_keys').column('expires_at').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('slack_request_keys').execute();
  },
};

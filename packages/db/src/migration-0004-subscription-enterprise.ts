import type { Kysely, Migration } from 'kysely';

/**
 * Slack Enterprise Grid: a channel subscribed from a workspace the app reaches through an org-wide
 * install keeps the enterprise id, so the announcer finds that install's token as Bolt does
 * (enterprise for org-wide installs, else team). Null for every other subscription.
 */
export const subscriptionEnterprise: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('subscriptions').addColumn('enterprise_id', 'varchar(64)').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('subscriptions').dropColumn('enterprise_id').execute();
  },
};

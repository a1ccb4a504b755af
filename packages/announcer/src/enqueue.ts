import type { Schema } from '@impress-norway/db';
import type { Kysely } from 'kysely';
import type { AnnouncementPayload } from './types';

/** Rows inserted per statement, well inside both engines' limits on bound parameters. */
const CHUNK = 500;

/**
 * Stores an announcement and one pending delivery per active subscription of its topic that existed
 * at `t`, inside the caller's transaction. Both inserts skip rows that exist, so running it twice
 * (a retry, another replica) adds nothing. Returns the delivery rows created.
 */
export async function enqueueAnnouncement(
  trx: Kysely<Schema>,
  payload: AnnouncementPayload,
  t: number,
): Promise<number> {
  await trx
    .insertInto('announcements')
    .values({ update_id: payload.id, topic: payload.topic, payload: JSON.stringify(payload), created_at: t })
    .onConflict((oc) => oc.column('update_id').doNothing())
    .execute();
  const rows = (
    await trx
      .selectFrom('subscriptions')
      .select(['id', 'topics'])
      .where('active', '=', 1)
      .where('created_at', '<=', t)
      .execute()
  )
    .filter((s) => s.topics.split(',').includes(payload.topic))
    .map((s) => ({
      id: `${s.id}|${payload.id}`,
      subscription_id: s.id,
      update_id: payload.id,
      status: 'pending' as const,
      attempts: 0,
      next_attempt_at: t,
      uncertain: 0,
      updated_at: t,
    }));
  let deliveries = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const result = await trx
      .insertInto('deliveries')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns(['subscription_id', 'update_id']).doNothing())
      .executeTakeFirst();
    deliveries += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return deliveries;
}

import { createHash } from 'node:crypto';
import type { Database, RegistrySnapshotsTable } from '@impress-norway/db';
import type { Updateable } from 'kysely';
import { enqueueAnnouncement } from '../../enqueue';
import { outboxNow } from '../../outbox';
import type { AnnouncementPayload, Clock } from '../../types';
import { writeTransaction } from '../../write-transaction';
import { diffRegistry } from './diff';
import type { RecordFetch } from './fetch-record';
import type { RegistrySnapshot } from './record';
import { registryUpdateId, registryUpdates } from './texts';

/** What one look at a study did to the stored state. */
export type RegistryRecordOutcome =
  | { kind: 'baseline' }
  | { kind: 'unchanged' }
  | { kind: 'changed'; updateId: string; changes: number; deliveries: number }
  | { kind: 'unknown'; reason: string };

/**
 * The next snapshot to keep: every field the response had, and the last known value of every field
 * it did not (a missing module is unknown, so the last known value still stands).
 */
export function mergeSnapshot(prev: RegistrySnapshot | undefined, next: RegistrySnapshot): RegistrySnapshot {
  const known = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined));
  return { ...prev, ...known } as RegistrySnapshot;
}

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 10);

/**
 * Applies one look at a study to the database: the first good look stores the baseline and announces
 * nothing; a later one that differs stores the new snapshot and the announcement with its deliveries
 * in the same transaction, so a crash leaves either both or neither, and a second worker that looked
 * at the same time finds the new snapshot and announces nothing. A failed look only records its error.
 * Times come from the database's clock unless `now` is given (tests).
 */
export async function recordRegistryLook(
  database: Database,
  nctId: string,
  look: RecordFetch,
  options: { now?: Clock } = {},
): Promise<RegistryRecordOutcome> {
  return writeTransaction(database, async (trx) => {
    const now = await outboxNow(database, options, trx);
    let q = trx.selectFrom('registry_snapshots').selectAll().where('nct_id', '=', nctId);
    if (database.dialect === 'postgres') q = q.forUpdate();
    const row = await q.executeTakeFirst();
    const upsert = async (values: Updateable<RegistrySnapshotsTable>) => {
      if (row) await trx.updateTable('registry_snapshots').set(values).where('nct_id', '=', nctId).execute();
      else
        await trx
          .insertInto('registry_snapshots')
          .values({ nct_id: nctId, ...values })
          .onConflict((oc) => oc.column('nct_id').doUpdateSet(values))
          .execute();
    };
    if (look.kind === 'unknown') {
      await upsert({ error: look.reason.slice(0, 500), error_at: now });
      return { kind: 'unknown', reason: look.reason };
    }
    const prev = row?.snapshot ? (JSON.parse(row.snapshot) as RegistrySnapshot) : undefined;
    // An older record than the one stored (a stale cache or mirror) would announce a change undone.
    const [was, is] = [prev?.lastUpdate, look.snapshot.lastUpdate];
    if (was && is && is < was) {
      const reason = `an older record (updated ${is}) than the one already seen (${was})`;
      await upsert({ error: reason, error_at: now });
      return { kind: 'unknown', reason };
    }
    const next = mergeSnapshot(prev, look.snapshot);
    const kept = { snapshot: JSON.stringify(next), last_update: next.lastUpdate ?? null, fetched_at: now, error: null };
    if (!prev) {
      await upsert({ ...kept, snapshot_at: now });
      return { kind: 'baseline' };
    }
    const changes = diffRegistry(prev, look.snapshot);
    if (!changes.length) {
      await upsert(kept);
      return { kind: 'unchanged' };
    }
    const day = look.snapshot.lastUpdate ?? next.lastUpdate ?? new Date(now).toISOString().slice(0, 10);
    let id = registryUpdateId(nctId, day);
    // A second, different change under one record date (or with no date given) gets its own id, made
    // from what changed: the same change seen again still gets the same id.
    const taken = await trx
      .selectFrom('announcements')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) => eb.or([eb('update_id', '=', id), eb('update_id', 'like', `${id}:%`)]))
      .executeTakeFirst();
    const earlier = Number(taken?.n ?? 0);
    // How many changes this date already has is in the hash: A -> B, B -> A, A -> B, B -> A on one
    // date are four changes, and a retry after a crash (nothing committed) counts the same again.
    if (earlier > 0 || !look.snapshot.lastUpdate) id = `${id}:${hashOf([earlier, changes])}`;
    const text = registryUpdates(nctId, day, changes, { study: next.acronym ?? nctId, id });
    const payload: AnnouncementPayload = { id, topic: 'registry', text };
    const deliveries = await enqueueAnnouncement(trx, payload, now);
    await upsert({ ...kept, snapshot_at: now, changed_at: now, last_change_id: id });
    return { kind: 'changed', updateId: id, changes: changes.length, deliveries };
  });
}

import type { Lang, Update } from '@impress-norway/core';
import type { Database } from '@impress-norway/db';
import type { AnnouncementPayload } from '../../types';

/** What the watch knows of one study, for `impress-announce registry status`. Times are ISO 8601. */
export interface RegistryStudyStatus {
  nctId: string;
  /** The last good look at the record, or null when there has been none. */
  lastSnapshotAt: string | null;
  /** The record's own last-update date at that look. */
  recordUpdated: string | null;
  /** The last change announced, or null. */
  lastChange: { id: string; at: string; title: string | null } | null;
  /** Why the last look failed, or null when it worked. */
  lastError: { reason: string; at: string } | null;
}

const iso = (ms: number | null | undefined) =>
  ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString();

/** The state of each watched study (and of studies watched before, which are still stored). */
export async function registryStatus(database: Database, ids: readonly string[]): Promise<RegistryStudyStatus[]> {
  const rows = await database.db.selectFrom('registry_snapshots').selectAll().orderBy('nct_id').execute();
  const byId = new Map(rows.map((r) => [r.nct_id, r]));
  const changeIds = rows.map((r) => r.last_change_id).filter((x): x is string => Boolean(x));
  const titles = new Map<string, string>();
  if (changeIds.length) {
    const anns = await database.db
      .selectFrom('announcements')
      .select(['update_id', 'payload'])
      .where('update_id', 'in', changeIds)
      .execute();
    for (const a of anns) titles.set(a.update_id, (JSON.parse(a.payload) as AnnouncementPayload).text.en.title);
  }
  return [...new Set([...ids, ...byId.keys()])].map((nctId) => {
    const r = byId.get(nctId);
    const errorAt = iso(r?.error_at);
    return {
      nctId,
      lastSnapshotAt: iso(r?.fetched_at),
      recordUpdated: r?.last_update ?? null,
      lastChange:
        r?.last_change_id && r.changed_at !== null
          ? { id: r.last_change_id, at: iso(r.changed_at) as string, title: titles.get(r.last_change_id) ?? null }
          : null,
      lastError: r?.error && errorAt ? { reason: r.error, at: errorAt } : null,
    };
  });
}

/**
 * Every registry change announced so far, in one language, newest first: what the server's feeds
 * add to the dataset's updates under the `registry` topic, with the announcements' own ids.
 */
export async function storedRegistryUpdates(database: Database, lang: Lang): Promise<Update[]> {
  const rows = await database.db
    .selectFrom('announcements')
    .select(['payload'])
    .where('topic', '=', 'registry')
    .orderBy('created_at', 'desc')
    .orderBy('update_id', 'desc')
    .execute();
  return rows.map((r) => (JSON.parse(r.payload) as AnnouncementPayload).text[lang]);
}

import type { Update } from '@impress-norway/core';
import type { Schema } from '@impress-norway/db';
import type { Kysely } from 'kysely';
import { databaseNow } from './db-clock';
import { enqueueAnnouncement } from './enqueue';
import type { AnnouncementPayload, Clock } from './types';

const FETCHED = '';

/**
 * One item of a source, in both languages. `keys` are every identity the item is known by (for feeds:
 * guid, link and a content hash); it is new only when none has been seen, so a feed that changes an
 * item's guid does not post it again. Default: the update id.
 */
export interface SourceItem {
  en: Update;
  nb: Update;
  keys?: readonly string[];
}

/** What one ingest did. */
export interface IngestResult {
  /** Items marked seen without announcing, because this was the source's first fetch. */
  baseline: number;
  /** New items turned into announcements. */
  announced: number;
  /** Delivery rows created (one per subscribed channel and new item). */
  deliveries: number;
  /** New items marked seen without announcing, because one fetch brought more than `maxNew`. */
  skipped: number;
}

/** Options of {@link ingest}. */
export interface IngestOptions {
  /**
   * For tests only. Unset, announcement and first due times come from the database's clock, as
   * leases do: a replica whose clock ran ahead would otherwise hold back new deliveries, and make the
   * Slack resend check stop reading the channel before the announcement's real time.
   */
  now?: Clock;
  /**
   * Most new items announced from one fetch (default: all). The newest are announced and the rest
   * marked seen, so a feed that suddenly lists thousands of items cannot flood every channel.
   */
  maxNew?: number;
}

/** Day (or finer) date of an item for "newest first"; undated items count as oldest. */
const dateOf = (i: SourceItem) => i.en.date.value ?? '';

/**
 * Takes a source's current items. On the source's first fetch everything is marked seen and nothing
 * is posted; afterwards each unseen item becomes an announcement with one delivery per active
 * subscription of its topic. Unique keys make this safe to repeat and to run in several replicas.
 */
export async function ingest(
  db: Kysely<Schema>,
  source: string,
  items: ReadonlyArray<SourceItem>,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const keysOf = (i: SourceItem) => i.keys ?? [i.en.id];
  // Only the keys of the items at hand are looked up, so a long-lived feed's history costs nothing here.
  const known = await seenAmong(db, source, [FETCHED, ...items.flatMap(keysOf)]);
  const fresh = items.filter((i) => !keysOf(i).some((k) => known.has(k)));
  const t = options.now ? options.now() : await databaseNow(db);
  if (!known.has(FETCHED)) {
    // The marker records that the source has been fetched, even when it had no items yet. It and every
    // key go in one transaction: a crash or another replica part-way must never see the marker with
    // only some keys, which would announce the rest of an old feed as new.
    await db.transaction().execute((trx) => markSeen(trx, source, [FETCHED, ...fresh.flatMap(keysOf)], t));
    return { baseline: fresh.length, announced: 0, deliveries: 0, skipped: 0 };
  }
  const cap = options.maxNew ?? fresh.length;
  // Stable sort: items of one date keep the feed's own order (newest first in most feeds).
  const newestFirst = fresh.length > cap ? [...fresh].sort((a, b) => dateOf(b).localeCompare(dateOf(a))) : fresh;
  const announce = newestFirst.slice(0, cap);
  const skip = newestFirst.slice(cap);
  if (skip.length) await db.transaction().execute((trx) => markSeen(trx, source, skip.flatMap(keysOf), t));
  let deliveries = 0;
  for (const item of announce) {
    const payload: AnnouncementPayload = { id: item.en.id, topic: item.en.topic, text: { en: item.en, nb: item.nb } };
    await db.transaction().execute(async (trx) => {
      deliveries += await enqueueAnnouncement(trx, payload, t);
      await markSeen(trx, source, keysOf(item), t);
    });
  }
  return { baseline: 0, announced: announce.length, deliveries, skipped: skip.length };
}

async function markSeen(db: Kysely<Schema>, source: string, ids: readonly string[], t: number): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    const rows = ids.slice(i, i + 500).map((item_id) => ({ source, item_id, seen_at: t }));
    if (rows.length)
      await db
        .insertInto('seen_items')
        .values(rows)
        .onConflict((oc) => oc.columns(['source', 'item_id']).doNothing())
        .execute();
  }
}

async function seenAmong(db: Kysely<Schema>, source: string, keys: readonly string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom('seen_items')
      .select('item_id')
      .where('source', '=', source)
      .where('item_id', 'in', keys.slice(i, i + 500))
      .execute();
    for (const r of rows) seen.add(r.item_id);
  }
  return seen;
}

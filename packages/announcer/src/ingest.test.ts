import { ENGINES, freshDatabase } from '@impress-norway/db/testing';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest, type SourceItem } from './ingest';
import { SubscriptionStore } from './subscriptions';
import { testItem } from './testing';

/** `n` items `prefix-0` ... with day dates counting up, so the highest index is the newest. */
function dated(prefix: string, n: number): SourceItem[] {
  return Array.from({ length: n }, (_, i) => {
    const item = testItem(`${prefix}-${i}`);
    const date = { precision: 'day' as const, value: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString() };
    return { en: { ...item.en, date }, nb: { ...item.nb, date } };
  });
}

describe.each(ENGINES)('ingest on %s', (engine) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  beforeEach(async () => {
    database = await freshDatabase(engine);
    await new SubscriptionStore(database.db, () => 0).add('slack', 'T1', ['C1', 'C2'], ['news'], 'nb');
  });
  afterEach(async () => database.drop());

  /** Makes the database refuse to store one seen key, as a crash mid-write would leave it. */
  async function failOn(key: string): Promise<() => Promise<void>> {
    if (engine === 'sqlite') {
      await sql
        .raw(
          `CREATE TRIGGER fail_seen BEFORE INSERT ON seen_items WHEN NEW.item_id = '${key}' BEGIN SELECT RAISE(ABORT, 'injected failure'); END`,
        )
        .execute(database.db);
      return async () => void (await sql`DROP TRIGGER fail_seen`.execute(database.db));
    }
    await sql
      .raw(
        `CREATE FUNCTION fail_seen() RETURNS trigger AS $$ BEGIN IF NEW.item_id = '${key}' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
      )
      .execute(database.db);
    await sql`CREATE TRIGGER fail_seen BEFORE INSERT ON seen_items FOR EACH ROW EXECUTE FUNCTION fail_seen()`.execute(
      database.db,
    );
    return async () => void (await sql`DROP TRIGGER fail_seen ON seen_items`.execute(database.db));
  }

  it('writes a first fetch all or nothing: a failure part-way leaves no baseline, and nothing old is announced', async () => {
    const items = dated('old', 1200);
    const restore = await failOn('old-900');
    await expect(ingest(database.db, 'feed:x', items)).rejects.toThrow(/injected failure/);
    await restore();
    expect(await ingest(database.db, 'feed:x', items)).toEqual({
      baseline: 1200,
      announced: 0,
      deliveries: 0,
      skipped: 0,
    });
    expect(await database.db.selectFrom('deliveries').selectAll().execute()).toEqual([]);
  });

  it('announces at most maxNew items of one fetch, the newest, and marks the rest seen', async () => {
    await ingest(database.db, 'feed:x', dated('old', 3));
    const fresh = dated('new', 100);
    expect(await ingest(database.db, 'feed:x', fresh, { maxNew: 20 })).toEqual({
      baseline: 0,
      announced: 20,
      deliveries: 40,
      skipped: 80,
    });
    const posted = (await database.db.selectFrom('announcements').select('update_id').execute()).map(
      (r) => r.update_id,
    );
    expect(posted.sort()).toEqual(Array.from({ length: 20 }, (_, i) => `new-${80 + i}`).sort());
    expect(await ingest(database.db, 'feed:x', fresh, { maxNew: 20 })).toMatchObject({ announced: 0, skipped: 0 });
  });
});

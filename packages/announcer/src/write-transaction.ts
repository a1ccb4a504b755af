import type { Database, Schema } from '@impress-norway/db';
import { type Kysely, sql } from 'kysely';

/**
 * Runs `work` in a transaction that writers take one at a time. PostgreSQL: an ordinary transaction
 * (callers lock the rows they read with `FOR UPDATE`). SQLite: `BEGIN IMMEDIATE`, which takes the
 * write lock before the first read, so two processes cannot both read the old state and act on it.
 */
export async function writeTransaction<T>(database: Database, work: (db: Kysely<Schema>) => Promise<T>): Promise<T> {
  if (database.dialect === 'postgres') return database.db.transaction().execute(work);
  return database.db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn);
      throw error;
    }
  });
}

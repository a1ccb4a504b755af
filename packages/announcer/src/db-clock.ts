import type { DbDialect, Schema } from '@impress-norway/db';
import { type Kysely, sql } from 'kysely';

/**
 * Which engine a Kysely instance talks to. Of the two this project runs on, only PostgreSQL has
 * transactional DDL; Kysely's adapter says so, and holds in a transaction too.
 */
export function dialectOf(db: Kysely<Schema>): DbDialect {
  return db.getExecutor().adapter.supportsTransactionalDdl ? 'postgres' : 'sqlite';
}

/**
 * The database's clock in epoch milliseconds: PostgreSQL's `clock_timestamp()`, or for SQLite the one
 * machine's. Leases, due times and announcement times use it, never a worker's own clock, so replicas
 * whose clocks differ still agree on what is due.
 */
export async function databaseNow(db: Kysely<Schema>, dialect: DbDialect = dialectOf(db)): Promise<number> {
  const query =
    dialect === 'postgres'
      ? sql<{ t: number }>`select (extract(epoch from clock_timestamp()) * 1000)::bigint as t`
      : sql<{ t: number }>`select cast((julianday('now') - 2440587.5) * 86400000 as integer) as t`;
  const { rows } = await query.execute(db);
  return Number(rows[0]?.t);
}

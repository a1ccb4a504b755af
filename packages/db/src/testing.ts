import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from './connect';

/** PostgreSQL for tests: 127.0.0.1:5432, database `test` (CI starts it; PG_TEST_URL overrides). */
export const PG_TEST_URL = process.env.PG_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Both engines, so every store test runs against SQLite and PostgreSQL. */
export const ENGINES = ['sqlite', 'postgres'] as const;

/** A fresh, migrated database of one engine: a temporary SQLite file, or a new PostgreSQL schema. */
export async function freshDatabase(engine: (typeof ENGINES)[number]): Promise<Database & { drop(): Promise<void> }> {
  if (engine === 'sqlite') {
    const database = await openDatabase(join(mkdtempSync(join(tmpdir(), 'impress-db-')), 'test.db'));
    return { ...database, drop: database.close };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const database = await openDatabase(PG_TEST_URL, { schema });
  return {
    ...database,
    async drop() {
      await database.close();
      const client = new pg.Client({ connectionString: PG_TEST_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from './connect';

/**
 * PostgreSQL for tests: `PG_TEST_URL`, which the workspace's vitest global setup sets to the server it
 * started from npm (testing/postgres.ts) unless the environment already named one.
 */
export function pgTestUrl(): string {
  const url = process.env.PG_TEST_URL;
  if (!url) throw new Error('PG_TEST_URL is not set: add postgresConfig (vitest.shared.ts) to this workspace');
  return url;
}

/** Both engines, so every store test runs against SQLite and PostgreSQL. */
export const ENGINES = ['sqlite', 'postgres'] as const;

/** A test database, with another connection to it (as a second replica has) and a way to drop it. */
export type TestDatabase = Database & {
  /** Opens another connection (SQLite) or pool (PostgreSQL) to the same database; the caller closes it. */
  reopen(): Promise<Database>;
  drop(): Promise<void>;
};

/** A fresh, migrated database of one engine: a temporary SQLite file, or a new PostgreSQL schema. */
export async function freshDatabase(engine: (typeof ENGINES)[number]): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const file = join(mkdtempSync(join(tmpdir(), 'impress-db-')), 'test.db');
    const database = await openDatabase(file);
    return { ...database, reopen: () => openDatabase(file), drop: database.close };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const database = await openDatabase(pgTestUrl(), { schema });
  return {
    ...database,
    reopen: () => openDatabase(pgTestUrl(), { schema }),
    async drop() {
      await database.close();
      const client = new pg.Client({ connectionString: pgTestUrl() });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, type MigrationResultSet, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations';
import type { Schema } from './schema';

/** Which database engine a connection uses. */
export type DbDialect = 'sqlite' | 'postgres';

/** An open, migrated database. */
export interface Database {
  db: Kysely<Schema>;
  dialect: DbDialect;
  close(): Promise<void>;
}

/** Options for {@link openDatabase}. */
export interface OpenOptions {
  /** PostgreSQL schema to use (created if missing); lets tests and tenants share one server. */
  schema?: string;
  /** Run migrations on open (default true). */
  migrate?: boolean;
  /**
   * PostgreSQL: told when an idle pooled connection fails (the server restarted or went away). The
   * pool drops that connection and opens a new one on next use; default: one line on stderr.
   */
  onConnectionError?: (error: Error) => void;
}

const reportConnectionError = (error: Error): void => {
  process.stderr.write(
    `database: an idle PostgreSQL connection failed (${error.message}); it is replaced on next use\n`,
  );
};

/** The default database: a SQLite file beside the app. */
export const DEFAULT_DATABASE_URL = './data/impress.db';

/** True for `postgres://` and `postgresql://` URLs; anything else is a SQLite file path (or `:memory:`). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

function sqlite(path: string): Kysely<Schema> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SqliteDatabase(path);
  // WAL lets readers work during a write; busy_timeout makes a second process wait instead of failing.
  // busy_timeout comes first: switching a new file to WAL needs a lock another process may hold.
  database.pragma('busy_timeout = 5000');
  walMode(database);
  database.pragma('foreign_keys = ON');
  return new Kysely<Schema>({ dialect: new SqliteDialect({ database }) });
}

/**
 * Switches a file to WAL. SQLite can answer SQLITE_BUSY to this pragma at once, without waiting the
 * busy timeout, while another process starting on the same new file holds a lock: retry briefly.
 */
function walMode(database: SqliteDatabase.Database, waitMs = 5000): void {
  const deadline = Date.now() + waitMs;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      database.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
      Atomics.wait(pause, 0, 0, 20);
    }
  }
}

// Epoch milliseconds are stored as bigint; they fit a JS number, so read them as numbers, not strings.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

/** A schema name goes into SQL as an identifier, so only plain lower-case names are taken. */
function checkSchema(schema: string | undefined): void {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new Error(`invalid PostgreSQL schema name "${schema.slice(0, 80)}"`);
}

function postgres(url: string, schema?: string, onError = reportConnectionError): Kysely<Schema> {
  checkSchema(schema);
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // pg's pool re-emits an idle connection's error on itself: unheard, that error ended the process.
  pool.on('error', onError);
  return new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Brings the schema up to date. PostgreSQL: Kysely's migrator takes an advisory lock. SQLite: its
 * lock is a no-op (it assumes one process), so two processes starting on a fresh file both ran the
 * migrations and one failed with "table already exists". There everything, the migrator's own tables
 * included, runs in one BEGIN EXCLUSIVE transaction: a second process waits (busy_timeout), then
 * finds the migrations done.
 */
async function migrate(db: Kysely<Schema>, dialect: DbDialect, schema?: string): Promise<MigrationResultSet> {
  if (dialect === 'postgres')
    // Named, the migrator looks for its own tables in this schema only: unnamed, it found another
    // schema's on the same server, skipped creating its own and failed.
    return new Migrator({
      db,
      provider: migrationProvider,
      ...(schema ? { migrationTableSchema: schema } : {}),
    }).migrateToLatest();
  return db.connection().execute(async (conn) => {
    await sql`begin exclusive`.execute(conn);
    let out: MigrationResultSet;
    try {
      out = await new Migrator({ db: conn, provider: migrationProvider, disableTransactions: true }).migrateToLatest();
    } catch (error) {
      out = { error };
    }
    const failed = out.error || out.results?.some((r) => r.status === 'Error');
    await sql.raw(failed ? 'rollback' : 'commit').execute(conn);
    return out;
  });
}

/**
 * Opens the database named by a URL (`DATABASE_URL`): PostgreSQL for `postgres://...`, else a SQLite
 * file (default `./data/impress.db`), and brings its schema up to date with the migrations.
 */
export async function openDatabase(url: string = DEFAULT_DATABASE_URL, options: OpenOptions = {}): Promise<Database> {
  const dialect: DbDialect = isPostgresUrl(url) ? 'postgres' : 'sqlite';
  if (dialect === 'postgres' && options.schema) {
    // Checked before CREATE SCHEMA, the first statement the name goes into.
    checkSchema(options.schema);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
    } finally {
      await admin.end();
    }
  }
  const db = dialect === 'postgres' ? postgres(url, options.schema, options.onConnectionError) : sqlite(url);
  if (options.migrate !== false) {
    const { error, results } = await migrate(db, dialect, dialect === 'postgres' ? options.schema : undefined);
    const failed = results?.find((r) => r.status === 'Error');
    if (error || failed) {
      await db.destroy();
      throw new Error(
        `database migration ${failed?.migrationName ?? ''} failed: ${String((error as Error)?.message ?? error)}`,
      );
    }
  }
  return { db, dialect, close: () => db.destroy() };
}

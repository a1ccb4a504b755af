import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DbDialect } from './connect';
import type { Schema } from './schema';

/** Most expired keys one claim sweeps away: bounded work per request, yet ahead of the at most three it adds. */
export const REQUEST_KEY_SWEEP_BATCH = 64;

/** The database's clock in epoch milliseconds, as SQL (the same clock the announcer's leases use). */
function nowSql(dialect: DbDialect): RawBuilder<number> {
  return dialect === 'postgres'
    ? sql<number>`(extract(epoch from clock_timestamp()) * 1000)::bigint`
    : sql<number>`cast((julianday('now') - 2440587.5) * 86400000 as integer)`;
}

/** Thrown inside a PostgreSQL claim that took only some of its keys, so the transaction rolls back. */
class PartialClaim extends Error {}

/**
 * Keys taken until they expire, shared by every process on one database (the Slack app's replay
 * guard: a request replayed to another replica is caught there too). Expiry is on the database's
 * clock, so replicas whose clocks differ agree on what is still held.
 */
export class RequestKeys {
  /**
   * @param onSweepError - Told when sweeping expired keys fails; the claim itself stands (it was
   *   committed), and the next claim sweeps again.
   */
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly dialect: DbDialect,
    private readonly onSweepError: (error: unknown) => void = () => {},
  ) {}

  /**
   * Takes all of `keys` for `holdMs` on the database's clock, unless any of them is held and not
   * expired: then takes none and answers false. Atomic across processes: of two claims sharing a
   * key, exactly one wins. Expired keys (of this claim, and up to {@link REQUEST_KEY_SWEEP_BATCH}
   * others) are removed, so the table holds little more than the live keys.
   */
  async claim(keys: readonly string[], holdMs: number): Promise<boolean> {
    // Sorted and unique: PostgreSQL cannot upsert one row twice in a statement, and a fixed order
    // keeps two claims from waiting on each other's rows in opposite orders.
    const unique = [...new Set(keys)].sort();
    if (unique.length === 0) return true;
    let taken: boolean;
    if (this.dialect === 'sqlite') {
      // One statement: SQLite takes its write lock before the statement reads, so the check and the
      // insert cannot interleave with another process's (and no lock is held across an await).
      taken = (await this.claimStatement(unique, holdMs).execute(this.db)).rows.length === unique.length;
    } else {
      // PostgreSQL checks under READ COMMITTED, so two claims may both pass the check; the primary key
      // then makes the later one wait and skip the shared key, and it rolls back what else it took.
      taken = await this.db
        .transaction()
        .execute(async (trx) => {
          const { rows } = await this.claimStatement(unique, holdMs).execute(trx);
          if (rows.length < unique.length) throw new PartialClaim();
          return true;
        })
        .catch((error: unknown) => {
          if (error instanceof PartialClaim) return false;
          throw error;
        });
    }
    await this.sweep().catch(this.onSweepError);
    return taken;
  }

  /** Gives keys back, so a request that ran nothing or failed can be retried. */
  async release(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.db
      .deleteFrom('slack_request_keys')
      .where('key', 'in', [...keys])
      .execute();
  }

  /** Removes up to `limit` expired keys, oldest first; answers how many went. */
  async sweep(limit = REQUEST_KEY_SWEEP_BATCH): Promise<number> {
    const now = nowSql(this.dialect);
    // SKIP LOCKED: replicas sweeping at once split the rows instead of waiting on one another.
    const lock = this.dialect === 'postgres' ? sql`for update skip locked` : sql``;
    const result = await sql`
      delete from slack_request_keys where key in (
        select key from slack_request_keys where expires_at <= ${now}
        order by expires_at limit ${limit} ${lock})`.execute(this.db);
    return Number(result.numAffectedRows ?? 0);
  }

  /** Keys held and not expired (for tests and metrics). */
  async live(): Promise<number> {
    const { rows } = await sql<{ n: number | string }>`
      select count(*) as n from slack_request_keys where expires_at > ${nowSql(this.dialect)}`.execute(this.db);
    return Number(rows[0]?.n ?? 0);
  }

  /**
   * Inserts every key, or takes over an expired one, only when none is held: returns the rows it
   * wrote. `excluded.expires_at - hold` is the statement's one reading of the clock.
   */
  private claimStatement(keys: readonly string[], holdMs: number) {
    const values = sql.join(keys.map((k) => sql`(${k})`));
    const list = sql.join(keys.map((k) => sql`${k}`));
    return sql<{ key: string }>`
      with c as (select ${nowSql(this.dialect)} as t)
      insert into slack_request_keys (key, expires_at)
      select k.column1, c.t + ${holdMs} from (values ${values}) as k, c
      where not exists (
        select 1 from slack_request_keys s where s.key in (${list}) and s.expires_at > c.t)
      on conflict (key) do update set expires_at = excluded.expires_at
        where slack_request_keys.expires_at <= excluded.expires_at - ${holdMs}
      returning key`;
  }
}

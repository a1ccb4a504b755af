import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './connect';
import { REQUEST_KEY_SWEEP_BATCH, RequestKeys } from './request-keys';
import { ENGINES, freshDatabase } from './testing';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(ENGINES)('request keys on %s', (engine) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let other: Database;
  let keys: RequestKeys;
  beforeAll(async () => {
    database = await freshDatabase(engine);
    // A second connection (pool) to the same database, as another replica has.
    other = await database.reopen();
    keys = new RequestKeys(database.db, database.dialect);
  });
  afterAll(async () => {
    await other?.close();
    await database?.drop();
  });

  it('takes keys once: a second claim of any of them is refused and takes none of its other keys', async () => {
    expect(await keys.claim(['sig:a', 'body:a'], 60_000)).toBe(true);
    const elsewhere = new RequestKeys(other.db, other.dialect);
    expect(await elsewhere.claim(['sig:b', 'body:a'], 60_000)).toBe(false);
    // All or nothing: sig:b was not left taken by the refused claim.
    expect(await elsewhere.claim(['sig:b'], 60_000)).toBe(true);
    await keys.release(['body:a']);
    expect(await elsewhere.claim(['body:a', 'body:a'], 60_000)).toBe(true);
  });

  it('lets a key go when it expires on the database clock, and sweeps expired keys in bounded batches', async () => {
    expect(await keys.claim(['event:short'], 300)).toBe(true);
    expect(await keys.claim(['event:short'], 300)).toBe(false);
    await pause(450);
    expect(await keys.claim(['event:short'], 60_000)).toBe(true);
    const many = Array.from({ length: REQUEST_KEY_SWEEP_BATCH + 10 }, (_, i) => `body:old-${i}`);
    expect(await keys.claim(many, 100)).toBe(true);
    await pause(200);
    const rows = async () =>
      Number(
        (
          await database.db
            .selectFrom('slack_request_keys')
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await rows();
    // A claim sweeps at most one batch; the next sweep takes the rest.
    expect(await keys.claim(['event:next'], 60_000)).toBe(true);
    expect(before + 1 - (await rows())).toBe(REQUEST_KEY_SWEEP_BATCH);
    expect(await keys.sweep()).toBe(10);
    expect(await keys.live()).toBe(await rows());
  });

  it('lets exactly one of many concurrent claims of one key win, across two connections', async () => {
    const elsewhere = new RequestKeys(other.db, other.dialect);
    for (let round = 0; round < 5; round++) {
      const shared = `body:race-${round}`;
      const claims = Array.from({ length: 8 }, (_, i) =>
        (i % 2 ? keys : elsewhere).claim([`sig:race-${round}-${i}`, shared], 60_000),
      );
      const won = (await Promise.all(claims)).filter(Boolean);
      expect(won).toHaveLength(1);
      // The losers took nothing: their own signature keys were rolled back with the claim.
      const held = await database.db
        .selectFrom('slack_request_keys')
        .select('key')
        .where('key', 'like', `sig:race-${round}-%`)
        .execute();
      expect(held).toHaveLength(1);
    }
  });
});

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'index.js');

/** One process that claims `key` on the SQLite file at `path` at wall-clock time `at`; prints won/lost. */
function claimer(path: string, key: string, at: number): Promise<string> {
  const script = `
    const { openDatabase, RequestKeys } = await import(${JSON.stringify(pathToFileURL(DIST).href)});
    const database = await openDatabase(${JSON.stringify(path)});
    const keys = new RequestKeys(database.db, database.dialect);
    await new Promise((r) => setTimeout(r, ${at} - Date.now()));
    process.stdout.write((await keys.claim([${JSON.stringify(key)}, 'sig:' + process.pid], 60000)) ? 'won' : 'lost');
    await database.close();`;
  const proc = spawn(process.execPath, ['--input-type=module', '-e', script]);
  let out = '';
  proc.stdout.on('data', (c: Buffer) => {
    out += String(c);
  });
  proc.stderr.on('data', (c: Buffer) => {
    out += String(c);
  });
  return new Promise((resolve) => proc.once('exit', () => resolve(out)));
}

describe('request keys on SQLite, across processes', () => {
  it('let exactly one of four processes claiming one key at once win', async () => {
    if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run "npm run build" first`);
    const path = join(mkdtempSync(join(tmpdir(), 'impress-claims-')), 'impress.db');
    await (await openDatabase(path)).close();
    for (let round = 0; round < 3; round++) {
      const at = Date.now() + 900;
      const runs = await Promise.all([0, 1, 2, 3].map(() => claimer(path, `body:round-${round}`, at)));
      expect(runs.sort(), runs.join('\n')).toEqual(['lost', 'lost', 'lost', 'won']);
    }
  }, 60_000);
});

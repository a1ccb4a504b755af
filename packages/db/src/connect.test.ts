import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { TcpProxy, throughProxy } from '../../../testing/tcp-proxy';
import { openDatabase } from './connect';
import { freshDatabase, pgTestUrl } from './testing';

describe('openDatabase on PostgreSQL', () => {
  it('refuses a bad schema name before sending anything with it to the server', async () => {
    const table = `pwned_${randomBytes(4).toString('hex')}`;
    const schema = `x; CREATE TABLE public.${table} (id int); --`;
    await expect(openDatabase(pgTestUrl(), { schema })).rejects.toThrow(/invalid PostgreSQL schema name/);
    const client = new pg.Client({ connectionString: pgTestUrl() });
    await client.connect();
    try {
      const found = await client.query('select 1 from information_schema.tables where table_name = $1', [table]);
      expect(found.rowCount).toBe(0);
    } finally {
      await client.query(`DROP TABLE IF EXISTS public.${table}`);
      await client.query('DROP SCHEMA IF EXISTS x CASCADE');
      await client.end();
    }
  });
});

describe('openDatabase on PostgreSQL when the server goes away', () => {
  it('survives its idle connections being cut, fails queries while down, and works again once back', async () => {
    const target = new URL(pgTestUrl());
    const proxy = new TcpProxy(target.hostname, Number(target.port));
    await proxy.up();
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const told: string[] = [];
    const database = await openDatabase(throughProxy(pgTestUrl(), proxy), {
      schema,
      onConnectionError: (error) => told.push(error.message),
    });
    try {
      await sql`select 1`.execute(database.db);
      // Idle pooled connections now fail; unhandled, pg's pool threw that error out of the process.
      await proxy.down();
      await new Promise((r) => setTimeout(r, 100));
      expect(told.length).toBeGreaterThan(0);
      await expect(sql`select 1`.execute(database.db)).rejects.toThrow();
      await proxy.up();
      expect((await sql<{ n: number }>`select 1 as n`.execute(database.db)).rows).toEqual([{ n: 1 }]);
    } finally {
      await proxy.up();
      await database.close();
      await proxy.down();
    }
  });
});

describe('openDatabase on PostgreSQL with schemas', () => {
  it('migrates a second schema on a server while another migrated schema is there (tenants, parallel tests)', async () => {
    const first = await freshDatabase('postgres');
    try {
      // Kysely's migrator looked for its tables in every schema, found the first's and skipped its own.
      const second = await freshDatabase('postgres');
      await second.drop();
    } finally {
      await first.drop();
    }
  });
});

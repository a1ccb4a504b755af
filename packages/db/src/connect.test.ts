import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './connect';
import { pgTestUrl } from './testing';

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

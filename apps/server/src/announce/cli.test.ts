import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordRegistryLook } from '@impress-norway/announcer';
import { openDatabase } from '@impress-norway/db';
import { describe, expect, it } from 'vitest';
import { runPiped } from '../../../../testing/cli';
import { main } from './cli';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'impress-announce.js');

/** Runs the CLI in-process and returns its exit code and output. */
async function cli(args: string[], env: Record<string, string | undefined>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, env, { write: (t) => out.push(t) }, { write: (t) => err.push(t) });
  return { code, out: out.join(''), err: err.join('') };
}

describe('impress-announce', () => {
  const env = { DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'announce-cli-')), 'impress.db') };

  it('adds many channels in one call, lists them as JSON, removes them, and reports status', async () => {
    const added = await cli(
      [
        'subscriptions',
        'add',
        '--platform',
        'discord',
        '--guild',
        '5001',
        '--topics',
        'news,results',
        '--lang',
        'en',
        '7001',
        '7002,7003',
      ],
      env,
    );
    expect(added.code).toBe(0);
    const listed = await cli(['subscriptions', 'list', '--platform', 'discord', '--json'], env);
    const subs = JSON.parse(listed.out) as Array<{ channelId: string; topics: string[]; lang: string }>;
    expect(subs.map((s) => s.channelId)).toEqual(['7001', '7002', '7003']);
    expect(subs[0]).toMatchObject({ topics: ['news', 'results'], lang: 'en' });
    expect((await cli(['status', '--json'], env)).out).toContain('"active": 3');
    const removed = await cli(
      ['subscriptions', 'remove', '--platform', 'discord', '--guild', '5001', '7001', '7002'],
      env,
    );
    expect(removed.out).toBe('removed 2 subscription(s)\n');
    expect((await cli(['subscriptions', 'list'], env)).out).toMatch(
      /^discord\t5001\t7003\ten\tnews,results\tactive\n$/,
    );
  });

  it('refuses bad input with a clear message and exit 2, changing nothing', async () => {
    const topic = await cli(
      ['subscriptions', 'add', '--platform', 'slack', '--team', 'T1', '--topics', 'gossip', 'C1'],
      env,
    );
    expect(topic).toMatchObject({ code: 2, err: expect.stringContaining('unknown topic "gossip"') });
    expect((await cli(['subscriptions', 'add', '--platform', 'teams', '--team', 'T1', 'C1'], env)).err).toContain(
      '--platform must be slack or discord',
    );
    expect((await cli(['subscriptions', 'add', '--platform', 'slack', 'C1'], env)).code).toBe(2);
    expect(
      (await cli(['subscriptions', 'add', '--platform', 'slack', '--team', 'T1', '--bogus', 'C1'], env)).code,
    ).toBe(2);
    expect(await cli(['status'], {})).toMatchObject({
      code: 2,
      err: expect.stringContaining('DATABASE_URL is required'),
    });
    expect((await cli(['explode'], env)).err).toContain('unknown command "explode"');
    expect(
      (await cli(['subscriptions', 'add', '--platform', 'slack', '--team', 'T1', `C${'1'.repeat(80)}`], env)).err,
    ).toContain('is not a Slack or Discord id');
    expect((await cli(['subscriptions', 'list', '--platform', 'slack'], env)).out).toBe('no subscriptions\n');
  });

  it('reports the registry watch per study, as a table and as JSON, before any look and after a failed one', async () => {
    const reg = { DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'announce-registry-')), 'impress.db') };
    const empty = await cli(['registry', 'status'], { ...reg, IMPRESS_REGISTRY_IDS: 'NCT04817956,NCT05505825' });
    expect(empty.code).toBe(0);
    expect(empty.out).toBe(
      'study\tlast snapshot\trecord updated\tlast change\tlast error\n' +
        'NCT04817956\tnone yet\t-\tnone\tnone\nNCT05505825\tnone yet\t-\tnone\tnone\n',
    );
    const database = await openDatabase(reg.DATABASE_URL);
    await recordRegistryLook(database, 'NCT04817956', { kind: 'unknown', reason: 'HTTP 503' }, { now: () => 0 });
    await database.close();
    const json = JSON.parse((await cli(['registry', 'status', '--json'], reg)).out);
    expect(json).toEqual([
      {
        nctId: 'NCT04817956',
        lastSnapshotAt: null,
        recordUpdated: null,
        lastChange: null,
        lastError: { reason: 'HTTP 503', at: '1970-01-01T00:00:00.000Z' },
      },
    ]);
    expect((await cli(['registry', 'list'], reg)).err).toContain('registry needs status');
    expect((await cli(['registry', 'status'], { ...reg, IMPRESS_REGISTRY_IDS: 'NCT1' })).code).toBe(2);
  });

  it('lists more than 1 MB of subscriptions to a slow pipe in full (the committed bin)', async () => {
    const many = { DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'announce-pipe-')), 'impress.db') };
    const channels = Array.from({ length: 6000 }, (_, i) => `C${String(i).padStart(8, '0')}`);
    const add = ['subscriptions', 'add', '--platform', 'slack', '--team', 'T0PIPE', '--topics', 'news,results'];
    expect((await cli([...add, ...channels], many)).code).toBe(0);
    const run = await runPiped(BIN, ['subscriptions', 'list', '--json'], { env: many });
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(1_000_000);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(6000);
  });
});

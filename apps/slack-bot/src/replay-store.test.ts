import { ENGINES, freshDatabase, type TestDatabase } from '@impress-norway/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseReplayStore, MemoryReplayStore, type ReplayStore } from './replay-store';

const opened: TestDatabase[] = [];
afterAll(async () => {
  for (const d of opened) await d.drop();
});

const STORES: Array<[string, () => Promise<ReplayStore>]> = [
  ['memory', async () => new MemoryReplayStore()],
  ...ENGINES.map((engine): [string, () => Promise<ReplayStore>] => [
    `database (${engine})`,
    async () => {
      const database = await freshDatabase(engine);
      opened.push(database);
      return new DatabaseReplayStore(database);
    },
  ]),
];

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(STORES)('ReplayStore: %s', (_name, make) => {
  it('claims all keys or none, gives keys back, and lets them expire', async () => {
    const store = await make();
    // Short holds first: the memory store sweeps from its oldest keys, as the receiver adds them.
    expect(await store.claim(['sig:0', 'body:0'], 200)).toBe(true);
    expect(await store.claim(['sig:1', 'body:1'], 60_000)).toBe(true);
    expect(await store.claim(['sig:2', 'body:1'], 60_000)).toBe(false);
    expect(await store.claim(['sig:2'], 60_000)).toBe(true);
    await store.release(['body:1']);
    expect(await store.claim(['sig:3', 'body:1'], 60_000)).toBe(true);
    expect(await store.claim(['body:0'], 60_000)).toBe(false);
    await pause(300);
    expect(await store.sweep()).toBe(2);
    expect(await store.claim(['sig:4', 'body:0'], 60_000)).toBe(true);
  });

  it('lets exactly one of concurrent claims sharing a key win', async () => {
    const store = await make();
    const claims = await Promise.all(
      Array.from({ length: 6 }, (_, i) => store.claim([`sig:c${i}`, 'event:Ev-shared'], 60_000)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });
});

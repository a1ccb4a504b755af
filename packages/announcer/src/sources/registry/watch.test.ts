import { ENGINES, freshDatabase } from '@impress-norway/db/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SubscriptionStore } from '../../subscriptions';
import type { AnnouncementPayload, ClaimedDelivery, PlatformAdapter, SendResult } from '../../types';
import { OutboxWorker } from '../../worker';
import { EDITS, recordBody } from './fixtures';
import { RegistryDouble } from './registry-double';
import { registryStatus } from './status';
import { REGISTRY_FIRST_RETRY_MS, RegistryWatch } from './watch';

const NCT = 'NCT04817956';
const api = new RegistryDouble();
beforeAll(() => api.start());
afterAll(() => api.stop());

describe.each(ENGINES)('the registry watch on %s', (engine) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let watch: RegistryWatch;
  const look = () => watch.poll(NCT, true);
  const announced = async () =>
    (await database.db.selectFrom('announcements').select('payload').orderBy('created_at').execute()).map(
      (r) => JSON.parse(r.payload) as AnnouncementPayload,
    );
  const deliveries = () => database.db.selectFrom('deliveries').select(['subscription_id', 'update_id']).execute();

  beforeEach(async () => {
    database = await freshDatabase(engine);
    watch = new RegistryWatch(database, [NCT], { baseUrl: api.url, timeoutMs: 500, random: () => 0.5 });
    const subs = new SubscriptionStore(database.db, () => 0);
    await subs.add('slack', 'T1', ['C-registry'], ['registry'], 'en');
    await subs.add('discord', '5001', ['7001'], ['news', 'registry'], 'nb');
    await subs.add('slack', 'T1', ['C-news'], ['news'], 'en');
    api.serve(NCT, recordBody());
  });
  afterEach(async () => database.drop());

  it('takes the first look as the baseline and posts nothing, then stays quiet while nothing changes', async () => {
    expect(await look()).toMatchObject({ kind: 'baseline' });
    expect(await look()).toMatchObject({ kind: 'unchanged' });
    expect(await announced()).toEqual([]);
    const [status] = await registryStatus(database, [NCT]);
    expect(status).toMatchObject({ nctId: NCT, recordUpdated: '2026-10-30', lastChange: null, lastError: null });
    expect(status?.lastSnapshotAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('announces a status change once, to the channels that chose registry, in both languages', async () => {
    await look();
    api.serve(NCT, recordBody(EDITS.status('ACTIVE_NOT_RECRUITING')));
    expect(await look()).toMatchObject({ kind: 'changed', changes: 1, deliveries: 2 });
    expect(await look()).toMatchObject({ kind: 'unchanged' });
    const [a] = await announced();
    expect(a?.id).toBe('impress-norway:registry:NCT04817956:2026-11-30');
    expect(a?.topic).toBe('registry');
    expect(a?.text.en.title).toBe(
      'ClinicalTrials.gov: the recruitment status of IMPRESS-Norway changed from Recruiting to Active, not recruiting (record updated 30 November 2026)',
    );
    expect(a?.text.nb.title).toBe(
      'ClinicalTrials.gov: rekrutteringsstatusen til IMPRESS-Norway endret seg fra Rekrutterer til Aktiv, rekrutterer ikke (oppdatert 30. november 2026)',
    );
    // Slack cuts a header at 150 characters: the typical change fits whole in both languages.
    expect(Math.max(a?.text.en.title.length ?? 999, a?.text.nb.title.length ?? 999)).toBeLessThanOrEqual(150);
    expect(a?.text.en.sources.map((s) => s.url)).toEqual([
      'https://clinicaltrials.gov/study/NCT04817956',
      'https://clinicaltrials.gov/study/NCT04817956?tab=history',
    ]);
    expect((await deliveries()).map((d) => d.subscription_id).sort()).toEqual([
      'discord:5001:7001',
      'slack:T1:C-registry',
    ]);
    expect((await registryStatus(database, [NCT]))[0]?.lastChange).toMatchObject({ id: a?.id });
  });

  it('sees an estimated date become actual, enrollment, a drug added, a site added and one removed', async () => {
    await look();
    const steps = [
      [
        EDITS.primaryCompletionActual(),
        'the primary completion date of IMPRESS-Norway changed from 30 April 2030 (estimated) to 30 April 2030 (actual)',
      ],
      [
        EDITS.enrollment(2400),
        'the planned enrollment of IMPRESS-Norway changed from 2000 (estimated) to 2400 (estimated)',
      ],
      [EDITS.addDrug('Vemurafenib'), 'a drug was added to IMPRESS-Norway: Vemurafenib'],
      [
        EDITS.addSite('University Hospital of North Norway', 'Tromsø'),
        'a site was added to IMPRESS-Norway: University Hospital of North Norway, Tromsø',
      ],
      [EDITS.removeSite('St. Olavs Hospital'), 'a site was removed from IMPRESS-Norway: St. Olavs Hospital, Trondheim'],
      [EDITS.briefTitle('IMPRESS-Norway'), 'the short title of IMPRESS-Norway changed from "Improving Public Cancer'],
      [
        EDITS.addSecondaryId('2023-503411-13-00', 'CTIS'),
        'another registry id was added to IMPRESS-Norway: 2023-503411-13-00',
      ],
      [EDITS.newContact('Study office B'), 'the central contacts of IMPRESS-Norway changed (see the record)'],
    ] as const;
    // Each step keeps the earlier ones, as a record that moves on does.
    const kept: Array<(typeof steps)[number][0]> = [];
    for (const [edit, words] of steps) {
      kept.push(edit);
      api.serve(NCT, recordBody(...kept));
      const outcome = await look();
      expect(outcome, words).toMatchObject({ kind: 'changed', changes: 1 });
      expect((await announced()).at(-1)?.text.en.title).toContain(words);
    }
    expect((await announced()).map((a) => a.id.split(':').at(-1))).toEqual([
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
      '2026-12-07',
      '2026-12-08',
    ]);
    // The contact change names nobody, and no contact details are stored.
    expect(JSON.stringify(await announced())).not.toContain('new@example.org');
    const stored = await database.db.selectFrom('registry_snapshots').select('snapshot').executeTakeFirstOrThrow();
    expect(stored.snapshot).not.toContain('example.org');
  });

  it('never announces a missing module as a removal, nor its return as an addition', async () => {
    await look();
    for (const module of ['contactsLocationsModule', 'armsInterventionsModule', 'designModule', 'statusModule']) {
      api.serve(NCT, recordBody(EDITS.drop(module)));
      expect(await look(), module).toMatchObject({ kind: 'unchanged' });
      api.serve(NCT, recordBody());
      expect(await look(), module).toMatchObject({ kind: 'unchanged' });
    }
    // A change made while its module was missing is still seen when the module comes back.
    api.serve(NCT, recordBody(EDITS.drop('designModule')));
    await look();
    api.serve(NCT, recordBody(EDITS.enrollment(2100)));
    expect(await look()).toMatchObject({ kind: 'changed', changes: 1 });
    expect(await announced()).toHaveLength(1);
  });

  it('treats 500, invalid JSON and another shape as unknown with backoff, then recovers and announces once', async () => {
    await look();
    const change = recordBody(EDITS.status('SUSPENDED'));
    api.answer(
      NCT,
      { status: 500, body: 'Internal Server Error' },
      { body: '<html>maintenance</html>', headers: { 'content-type': 'text/html' } },
      { body: '{"studies":[]}' },
      { body: change },
    );
    const first = await watch.poll(NCT);
    expect(first).toMatchObject({ kind: 'not-due' });
    const failures = [await look(), await look(), await look()];
    expect(failures.map((f) => f.kind)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(failures.map((f) => (f as { retryInMs: number }).retryInMs)).toEqual([
      REGISTRY_FIRST_RETRY_MS * 0.75,
      REGISTRY_FIRST_RETRY_MS * 1.5,
      REGISTRY_FIRST_RETRY_MS * 3,
    ]);
    expect(failures.map((f) => (f as { reason: string }).reason)).toEqual([
      'HTTP 500',
      'the response is not JSON',
      expect.stringContaining('unexpected record'),
    ]);
    expect(await announced()).toEqual([]);
    expect((await registryStatus(database, [NCT]))[0]?.lastError?.reason).toContain('unexpected record');
    expect(await look()).toMatchObject({ kind: 'changed' });
    expect(await look()).toMatchObject({ kind: 'unchanged' });
    expect(await announced()).toHaveLength(1);
    expect((await registryStatus(database, [NCT]))[0]?.lastError).toBeNull();
  });

  it('waits as long as a 429 Retry-After asks, and is not due before then', async () => {
    await look();
    let now = 1_000_000;
    watch = new RegistryWatch(database, [NCT], { baseUrl: api.url, now: () => now, random: () => 0 });
    api.answer(NCT, { status: 429, headers: { 'retry-after': '900' } }, { body: recordBody() });
    expect(await watch.poll(NCT)).toEqual({ kind: 'unknown', reason: 'HTTP 429', retryInMs: 900_000 });
    now += 899_000;
    expect(await watch.poll(NCT)).toEqual({ kind: 'not-due' });
    now += 1_000;
    expect(await watch.poll(NCT)).toMatchObject({ kind: 'unchanged' });
    expect(api.calls.filter((c) => c === NCT).length).toBeGreaterThan(0);
  });

  it('announces a change once when two workers look at the same time', async () => {
    await look();
    const other = new RegistryWatch(database, [NCT], { baseUrl: api.url });
    api.serve(NCT, recordBody(EDITS.status('COMPLETED')));
    const both = await Promise.all([watch.poll(NCT, true), other.poll(NCT, true), watch.poll(NCT, true)]);
    expect(both.filter((o) => o.kind === 'changed')).toHaveLength(1);
    expect(await announced()).toHaveLength(1);
    expect(await deliveries()).toHaveLength(2);
  });

  it('keeps a change seen while a channel is held back (Retry-After, worker down) until it can be sent', async () => {
    await look();
    const far = Date.now() + 3_600_000;
    await database.db.updateTable('subscriptions').set({ next_send_at: far }).execute();
    api.serve(NCT, recordBody(EDITS.enrollment(1800)));
    expect(await look()).toMatchObject({ kind: 'changed', deliveries: 2 });
    const sent: ClaimedDelivery[] = [];
    const adapter = (platform: 'slack' | 'discord'): PlatformAdapter => ({
      platform,
      paceMs: 0,
      send: async (d): Promise<SendResult> => {
        sent.push(d);
        return { kind: 'sent', messageId: `m${sent.length}` };
      },
    });
    const adapters = { slack: adapter('slack'), discord: adapter('discord') };
    expect(await new OutboxWorker(database, adapters).runOnce()).toBe(0);
    // Another look while held adds nothing; when the hold ends, each channel gets the change once.
    expect(await look()).toMatchObject({ kind: 'unchanged' });
    const later = new OutboxWorker(database, adapters, { now: () => far + 1 });
    expect((await later.runOnce()) + (await later.runOnce())).toBe(2);
    expect(sent.map((d) => `${d.subscription.id} ${d.announcement.text[d.subscription.lang].title}`).sort()).toEqual([
      'discord:5001:7001 ClinicalTrials.gov: planlagt antall deltakere i IMPRESS-Norway endret seg fra 2000 (anslått) til 1800 (anslått) (oppdatert 2. desember 2026)',
      'slack:T1:C-registry ClinicalTrials.gov: the planned enrollment of IMPRESS-Norway changed from 2000 (estimated) to 1800 (estimated) (record updated 2 December 2026)',
    ]);
    expect(await later.runOnce()).toBe(0);
  });

  it('stops at once while the registry is slow to answer, storing nothing', async () => {
    await look();
    api.answer(NCT, { hang: true });
    const slow = new RegistryWatch(database, [NCT], { baseUrl: api.url, timeoutMs: 60_000 });
    const pending = slow.poll(NCT, true);
    setTimeout(() => slow.stop(), 100);
    // Without stop() this look would wait out its 60 s timeout, far past the test's own 20 s.
    expect(await pending).toEqual({ kind: 'not-due' });
    expect((await registryStatus(database, [NCT]))[0]?.lastError).toBeNull();
    expect(await slow.poll(NCT, true)).toEqual({ kind: 'not-due' });
  });

  it('gives a second, different change under the same record date its own id', async () => {
    await look();
    api.serve(NCT, recordBody(EDITS.status('SUSPENDED', '2026-12-09')));
    await look();
    api.serve(NCT, recordBody(EDITS.status('SUSPENDED', '2026-12-09'), EDITS.addDrug('Alectinib', '2026-12-09')));
    await look();
    const ids = (await announced()).map((a) => a.id);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe('impress-norway:registry:NCT04817956:2026-12-09');
    expect(ids[1]).toMatch(/^impress-norway:registry:NCT04817956:2026-12-09:[0-9a-f]{10}$/);
  });

  it('takes an older record than the one seen for unknown, and announces nothing from it', async () => {
    api.serve(NCT, recordBody(EDITS.status('ACTIVE_NOT_RECRUITING', '2026-12-01')));
    await look();
    api.serve(NCT, recordBody(EDITS.status('RECRUITING', '2026-11-01')));
    expect(await look()).toMatchObject({ kind: 'unknown' });
    expect(await announced()).toHaveLength(0);
  });

  it('announces a status that goes back and forth on one record date each time', async () => {
    await look();
    for (const status of ['SUSPENDED', 'RECRUITING', 'SUSPENDED', 'RECRUITING']) {
      api.serve(NCT, recordBody(EDITS.status(status, '2026-12-09')));
      expect(await look()).toMatchObject({ kind: 'changed' });
    }
    expect(new Set((await announced()).map((a) => a.id)).size).toBe(4);
  });

  it('honours a Retry-After only up to one poll interval', async () => {
    await look();
    watch = new RegistryWatch(database, [NCT], { baseUrl: api.url, random: () => 0 });
    api.answer(NCT, { status: 503, headers: { 'retry-after': '999999999' } }, { body: recordBody() });
    const outcome = await watch.poll(NCT, true);
    expect(outcome).toMatchObject({ kind: 'unknown' });
    expect((outcome as { retryInMs: number }).retryInMs).toBeLessThanOrEqual(21_600_000);
  });
});

import { describe, expect, it } from 'vitest';
import { diffRegistry } from './diff';
import { type RegistrySnapshot, readRegistryRecord } from './record';
import { registryAnnouncement } from './texts';

/** A record in the documented shape of GET /api/v2/studies/{nctId}, trimmed to a few sites and drugs. */
function record(
  changes: {
    status?: string;
    startType?: string;
    count?: number;
    drugs?: string[];
    sites?: Array<[string, string, string]>;
    drop?: string;
  } = {},
) {
  const protocolSection: Record<string, unknown> = {
    identificationModule: { nctId: 'NCT04817956', briefTitle: 'IMPRESS-Norway', orgStudyIdInfo: { id: 'x' } },
    statusModule: {
      overallStatus: changes.status ?? 'RECRUITING',
      startDateStruct: { date: '2021-04-01', type: changes.startType ?? 'ACTUAL' },
      completionDateStruct: { date: '2045-04-30', type: 'ESTIMATED' },
      lastUpdatePostDateStruct: { date: '2026-11-30', type: 'ACTUAL' },
    },
    designModule: { enrollmentInfo: { count: changes.count ?? 2000, type: 'ESTIMATED' } },
    armsInterventionsModule: {
      interventions: (changes.drugs ?? ['Olaparib', 'Trastuzumab']).map((name) => ({ type: 'DRUG', name })),
    },
    contactsLocationsModule: {
      locations: (
        changes.sites ?? [
          ['Oslo University Hospital', 'Oslo', 'RECRUITING'],
          ['Haukeland University Hospital', 'Bergen', 'RECRUITING'],
        ]
      ).map(([facility, city, status]) => ({ facility, city, status, country: 'Norway' })),
    },
  };
  if (changes.drop) delete protocolSection[changes.drop];
  return JSON.stringify({ protocolSection, derivedSection: { miscInfoModule: {} }, hasResults: false });
}

const snap = (body: string): RegistrySnapshot => {
  const r = readRegistryRecord(body);
  if (!r.ok) throw new Error(r.reason);
  return r.snapshot;
};
const base = snap(record());

describe('the registry watch: reading and comparing ClinicalTrials.gov records', () => {
  it('sees a status change, an estimated date becoming actual, and an enrollment change', () => {
    expect(diffRegistry(base, snap(record({ status: 'ACTIVE_NOT_RECRUITING' })))).toEqual([
      { field: 'status', from: 'RECRUITING', to: 'ACTIVE_NOT_RECRUITING' },
    ]);
    const before = snap(record({ startType: 'ESTIMATED' }));
    expect(diffRegistry(before, base)).toEqual([
      {
        field: 'start-date',
        from: { date: '2021-04-01', type: 'ESTIMATED' },
        to: { date: '2021-04-01', type: 'ACTUAL' },
      },
    ]);
    expect(diffRegistry(base, snap(record({ count: 2400 })))[0]).toMatchObject({ field: 'enrollment' });
  });

  it('sees sites added, removed and changing status, and drugs added', () => {
    const next = snap(
      record({
        drugs: ['Olaparib', 'Trastuzumab', 'Vemurafenib'],
        sites: [
          ['Oslo University Hospital', 'Oslo', 'ACTIVE_NOT_RECRUITING'],
          ['University Hospital of North Norway', 'Tromsø', 'RECRUITING'],
        ],
      }),
    );
    expect(diffRegistry(base, next)).toEqual([
      { field: 'intervention-added', name: 'Vemurafenib' },
      { field: 'site-status', site: 'Oslo University Hospital, Oslo', from: 'RECRUITING', to: 'ACTIVE_NOT_RECRUITING' },
      { field: 'site-added', site: 'University Hospital of North Norway, Tromsø' },
      { field: 'site-removed', site: 'Haukeland University Hospital, Bergen' },
    ]);
  });

  it('never reads a missing module as a removal', () => {
    for (const module of ['contactsLocationsModule', 'armsInterventionsModule', 'statusModule', 'designModule'])
      expect(diffRegistry(base, snap(record({ drop: module }))), module).toEqual([]);
  });

  it('reads an empty site or drug list as unknown, never as every site or drug removed', () => {
    expect(diffRegistry(base, snap(record({ sites: [], drugs: [] })))).toEqual([]);
  });

  it('sees no change in spacing, capitals, or the order of a site listed twice', () => {
    const respaced = snap(
      record({
        status: ' recruiting ',
        sites: [
          ['Oslo University Hospital ', 'oslo', 'recruiting'],
          ['Haukeland  University Hospital', 'Bergen', 'RECRUITING'],
        ],
      }),
    );
    expect(diffRegistry(base, respaced)).toEqual([]);
    const twice = (first: string, second: string) =>
      snap(
        record({
          sites: [
            ['Oslo University Hospital', 'Oslo', first],
            ['Oslo University Hospital', 'Oslo', second],
            ['Haukeland University Hospital', 'Bergen', 'RECRUITING'],
          ],
        }),
      );
    expect(diffRegistry(twice('RECRUITING', 'COMPLETED'), twice('COMPLETED', 'RECRUITING'))).toEqual([]);
  });

  it('refuses a body that is not JSON or not a study record, saying why', () => {
    expect(readRegistryRecord('<html>busy</html>')).toEqual({ ok: false, reason: 'the response is not JSON' });
    expect(readRegistryRecord('{"studies": []}').ok).toBe(false);
    expect(readRegistryRecord(record({ drop: 'identificationModule' })).ok).toBe(false);
  });

  it('announces one record update in plain words in both languages, with a permanent id', () => {
    const changes = diffRegistry(base, snap(record({ status: 'ACTIVE_NOT_RECRUITING', count: 2400 })));
    const en = registryAnnouncement('NCT04817956', '2026-11-30', changes, 'en', 'IMPRESS-Norway');
    const nb = registryAnnouncement('NCT04817956', '2026-11-30', changes, 'nb', 'IMPRESS-Norway');
    expect(en.id).toBe('impress-norway:registry:NCT04817956:2026-11-30');
    expect(nb.id).toBe(en.id);
    expect(en.title).toBe(
      'ClinicalTrials.gov: 2 changes to the record of IMPRESS-Norway (record updated 30 November 2026)',
    );
    expect(nb.title).toBe(
      'ClinicalTrials.gov: 2 endringer i oppføringen for IMPRESS-Norway (oppdatert 30. november 2026)',
    );
    expect(en.summary).toContain(
      'the recruitment status of IMPRESS-Norway changed from Recruiting to Active, not recruiting;',
    );
    expect(nb.summary).toContain(
      'planlagt antall deltakere i IMPRESS-Norway endret seg fra 2000 (anslått) til 2400 (anslått)',
    );
    expect(en.historyUrl).toBe('https://clinicaltrials.gov/study/NCT04817956?tab=history');
  });
});

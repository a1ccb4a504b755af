// Recorded-style responses of GET /api/v2/studies/{nctId} for tests, in the documented v2 shape
// (protocolSection modules, derivedSection, hasResults), with the fields the watch ignores left in.
// The values are test data, not facts about the study: content facts live in packages/core/content.

type Json = Record<string, unknown>;

const site = (facility: string, city: string, status: string, zip: string) => ({
  facility,
  status,
  city,
  zip,
  country: 'Norway',
  geoPoint: { lat: 60, lon: 10 },
});

/** A full study record as the API returns it, before any change. */
export function baseRecord(nctId = 'NCT04817956'): Json {
  return {
    protocolSection: {
      identificationModule: {
        nctId,
        orgStudyIdInfo: { id: '2020/218' },
        secondaryIdInfos: [{ id: '2020-004414-35', type: 'EUDRACT_NUMBER' }],
        organization: { fullName: 'Oslo University Hospital', class: 'OTHER' },
        briefTitle: 'Improving Public Cancer Care by Implementing Precision Medicine in Norway',
        officialTitle: 'Improving Public Cancer Care by Implementing Precision Medicine in Norway (IMPRESS-Norway)',
        acronym: 'IMPRESS-Norway',
      },
      statusModule: {
        statusVerifiedDate: '2026-10',
        overallStatus: 'RECRUITING',
        expandedAccessInfo: { hasExpandedAccess: false },
        startDateStruct: { date: '2021-04-01', type: 'ACTUAL' },
        primaryCompletionDateStruct: { date: '2030-04-30', type: 'ESTIMATED' },
        completionDateStruct: { date: '2045-04-30', type: 'ESTIMATED' },
        studyFirstSubmitDate: '2021-03-18',
        studyFirstPostDateStruct: { date: '2021-03-26', type: 'ACTUAL' },
        lastUpdateSubmitDate: '2026-10-28',
        lastUpdatePostDateStruct: { date: '2026-10-30', type: 'ACTUAL' },
      },
      sponsorCollaboratorsModule: { leadSponsor: { name: 'Oslo University Hospital', class: 'OTHER' } },
      designModule: {
        studyType: 'INTERVENTIONAL',
        phases: ['PHASE2'],
        enrollmentInfo: { count: 2000, type: 'ESTIMATED' },
      },
      armsInterventionsModule: {
        armGroups: [{ label: 'Cohorts', type: 'EXPERIMENTAL' }],
        interventions: [
          { type: 'DRUG', name: 'Olaparib', armGroupLabels: ['Cohorts'] },
          { type: 'DRUG', name: 'Trastuzumab', armGroupLabels: ['Cohorts'] },
          { type: 'DRUG', name: 'Pembrolizumab', armGroupLabels: ['Cohorts'] },
        ],
      },
      contactsLocationsModule: {
        centralContacts: [{ name: 'Study office', role: 'CONTACT', email: 'study@example.org' }],
        locations: [
          site('Oslo University Hospital', 'Oslo', 'RECRUITING', '0424'),
          site('Haukeland University Hospital', 'Bergen', 'RECRUITING', '5021'),
          site('St. Olavs Hospital', 'Trondheim', 'RECRUITING', '7030'),
        ],
      },
    },
    derivedSection: { miscInfoModule: { versionHolder: '2026-11-27' } },
    hasResults: false,
  };
}

type Edit = (r: Json) => void;
const section = (r: Json) => r.protocolSection as Record<string, Json>;
const updated =
  (day: string): Edit =>
  (r) => {
    (section(r).statusModule as Json).lastUpdatePostDateStruct = { date: day, type: 'ACTUAL' };
  };

/** The base record with edits applied, as the JSON body the API would send. */
export function recordBody(...edits: Edit[]): string {
  const r = baseRecord();
  for (const edit of edits) edit(r);
  return JSON.stringify(r);
}

/** Edits that make each kind of change the watch must see, each with its own record-update day. */
export const EDITS = {
  updated,
  status:
    (to: string, day = '2026-11-30'): Edit =>
    (r) => {
      (section(r).statusModule as Json).overallStatus = to;
      updated(day)(r);
    },
  primaryCompletionActual:
    (day = '2026-12-01'): Edit =>
    (r) => {
      (section(r).statusModule as Json).primaryCompletionDateStruct = { date: '2030-04-30', type: 'ACTUAL' };
      updated(day)(r);
    },
  enrollment:
    (count: number, day = '2026-12-02'): Edit =>
    (r) => {
      (section(r).designModule as Json).enrollmentInfo = { count, type: 'ESTIMATED' };
      updated(day)(r);
    },
  addDrug:
    (name: string, day = '2026-12-03'): Edit =>
    (r) => {
      const m = section(r).armsInterventionsModule as { interventions: Json[] };
      m.interventions.push({ type: 'DRUG', name, armGroupLabels: ['Cohorts'] });
      updated(day)(r);
    },
  addSite:
    (facility: string, city: string, day = '2026-12-04'): Edit =>
    (r) => {
      const m = section(r).contactsLocationsModule as { locations: Json[] };
      m.locations.push(site(facility, city, 'NOT_YET_RECRUITING', '9019'));
      updated(day)(r);
    },
  removeSite:
    (facility: string, day = '2026-12-05'): Edit =>
    (r) => {
      const m = section(r).contactsLocationsModule as { locations: Json[] };
      m.locations = m.locations.filter((l) => l.facility !== facility);
      updated(day)(r);
    },
  briefTitle:
    (title: string, day = '2026-12-06'): Edit =>
    (r) => {
      (section(r).identificationModule as Json).briefTitle = title;
      updated(day)(r);
    },
  addSecondaryId:
    (id: string, type: string, day = '2026-12-07'): Edit =>
    (r) => {
      const m = section(r).identificationModule as { secondaryIdInfos: Json[] };
      m.secondaryIdInfos.push({ id, type });
      updated(day)(r);
    },
  newContact:
    (name: string, day = '2026-12-08'): Edit =>
    (r) => {
      (section(r).contactsLocationsModule as Json).centralContacts = [
        { name, role: 'CONTACT', email: 'new@example.org' },
      ];
      updated(day)(r);
    },
  drop:
    (module: string): Edit =>
    (r) => {
      delete section(r)[module];
    },
};

import { createHash } from 'node:crypto';
import { z } from 'zod';

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

// Only the fields the watch compares, from the ClinicalTrials.gov API v2 single-study response
// (GET {base}/studies/{nctId}). Objects are loose: fields the registry adds later are kept, not
// refused. Every module is optional, because a response without a module says nothing about it.
const dateStruct = z.looseObject({ date: z.string(), type: z.enum(['ACTUAL', 'ESTIMATED']).optional() });
const modules = {
  identificationModule: z.looseObject({
    nctId: z.string().regex(/^NCT\d{8}$/),
    briefTitle: z.string().optional(),
    acronym: z.string().optional(),
    officialTitle: z.string().optional(),
    secondaryIdInfos: z.array(z.looseObject({ id: z.string(), type: z.string().optional() })).optional(),
  }),
  statusModule: z.looseObject({
    overallStatus: z.string(),
    whyStopped: z.string().optional(),
    startDateStruct: dateStruct.optional(),
    primaryCompletionDateStruct: dateStruct.optional(),
    completionDateStruct: dateStruct.optional(),
    lastUpdatePostDateStruct: dateStruct.optional(),
  }),
  designModule: z.looseObject({
    enrollmentInfo: z.looseObject({ count: z.number().int().nonnegative(), type: z.string().optional() }).optional(),
  }),
  armsInterventionsModule: z.looseObject({
    interventions: z.array(z.looseObject({ name: z.string(), type: z.string().optional() })).optional(),
  }),
  contactsLocationsModule: z.looseObject({
    centralContacts: z
      .array(z.looseObject({ name: z.string().optional(), role: z.string().optional(), email: z.string().optional() }))
      .optional(),
    locations: z
      .array(
        z.looseObject({ facility: z.string().optional(), city: z.string().optional(), status: z.string().optional() }),
      )
      .optional(),
  }),
};

/** The part of a ClinicalTrials.gov v2 study record the watch reads. */
export const registryRecordSchema = z.looseObject({
  protocolSection: z.looseObject({
    identificationModule: modules.identificationModule,
    statusModule: modules.statusModule.optional(),
    designModule: modules.designModule.optional(),
    armsInterventionsModule: modules.armsInterventionsModule.optional(),
    contactsLocationsModule: modules.contactsLocationsModule.optional(),
  }),
});

/** A date as the registry gives it, and whether it is estimated or actual. */
export interface RegistryDate {
  date: string;
  type: 'ACTUAL' | 'ESTIMATED' | 'UNKNOWN';
}

/**
 * A study's record, normalised for comparison. A field is `undefined` when the response had no such
 * module: that is "unknown", never "removed".
 */
export interface RegistrySnapshot {
  nctId: string;
  /** The record's own last-update date, part of every change's permanent id. */
  lastUpdate?: string;
  briefTitle?: string;
  /** The study's short name (IMPRESS-Norway), used in the announcements' wording. */
  acronym?: string;
  officialTitle?: string;
  /** Other registries' ids of the study (EU CT, EudraCT ...), sorted. */
  secondaryIds?: string[];
  /**
   * A hash of the central contacts (names, roles, e-mail addresses): a change is announced without
   * repeating anyone's details, and none are stored here.
   */
  contactsHash?: string;
  status?: string;
  startDate?: RegistryDate;
  primaryCompletion?: RegistryDate;
  completion?: RegistryDate;
  enrollment?: { count: number; type: string };
  /** Intervention names, sorted. */
  interventions?: string[];
  /** Sites as "facility, city" with their recruitment status. */
  locations?: Record<string, string>;
}

const asDate = (d: z.infer<typeof dateStruct> | undefined): RegistryDate | undefined =>
  d ? { date: d.date, type: d.type ?? 'UNKNOWN' } : undefined;

/**
 * Reads a response body. Returns the snapshot, or a reason it cannot be used (not JSON, not a study
 * record): callers treat that as unknown and try again later.
 */
export function readRegistryRecord(
  body: string,
): { ok: true; snapshot: RegistrySnapshot } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'the response is not JSON' };
  }
  const parsed = registryRecordSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: `unexpected record: ${parsed.error.issues[0]?.message ?? 'shape'}` };
  const p = parsed.data.protocolSection;
  const s = p.statusModule;
  const interventions = p.armsInterventionsModule?.interventions;
  const locations = p.contactsLocationsModule?.locations;
  const enrollment = p.designModule?.enrollmentInfo;
  const contacts = p.contactsLocationsModule?.centralContacts;
  return {
    ok: true,
    snapshot: {
      nctId: p.identificationModule.nctId,
      lastUpdate: s?.lastUpdatePostDateStruct?.date,
      briefTitle: p.identificationModule.briefTitle && tidy(p.identificationModule.briefTitle),
      acronym: p.identificationModule.acronym?.trim() || undefined,
      officialTitle: p.identificationModule.officialTitle && tidy(p.identificationModule.officialTitle),
      secondaryIds: p.identificationModule.secondaryIdInfos
        ? [...new Set(p.identificationModule.secondaryIdInfos.map((i) => i.id.trim()))].sort()
        : undefined,
      contactsHash: contacts ? hashOf(contacts.map((c) => [c.name, c.role, c.email].join('|')).sort()) : undefined,
      status: s?.overallStatus ? tidy(s.overallStatus).toUpperCase() : undefined,
      startDate: asDate(s?.startDateStruct),
      primaryCompletion: asDate(s?.primaryCompletionDateStruct),
      completion: asDate(s?.completionDateStruct),
      enrollment: enrollment ? { count: enrollment.count, type: enrollment.type ?? 'UNKNOWN' } : undefined,
      // An empty list is read as unknown, like a missing module: a truncated or partial response must
      // never announce every site or drug as removed.
      interventions: interventions?.length ? [...new Set(interventions.map((i) => tidy(i.name)))].sort() : undefined,
      locations: locations?.length ? sitesOf(locations) : undefined,
    },
  };
}

/** Trimmed, with runs of white space as one space: spacing is not a change. */
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The comparison key of a site's name: tidied and case-folded, so "oslo" is "Oslo". */
export const siteKey = (name: string) => tidy(name).toLowerCase();

/**
 * Sites as "facility, city" with their recruitment status. A site listed twice gets its statuses
 * sorted and joined, so the order of the list never reads as a status change.
 */
function sitesOf(
  locations: ReadonlyArray<{ facility?: string; city?: string; status?: string }>,
): Record<string, string> {
  const byKey = new Map<string, { name: string; statuses: Set<string> }>();
  for (const l of locations) {
    const name = [l.facility, l.city]
      .filter(Boolean)
      .map((x) => tidy(x as string))
      .join(', ');
    const entry = byKey.get(siteKey(name)) ?? { name, statuses: new Set<string>() };
    entry.statuses.add(tidy(l.status ?? 'UNKNOWN').toUpperCase());
    byKey.set(siteKey(name), entry);
  }
  return Object.fromEntries([...byKey.values()].map((e) => [e.name, [...e.statuses].sort().join(' / ')]));
}

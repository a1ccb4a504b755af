import { formatIsoDate, type Lang, type Source, type Update } from '@impress-norway/core';
import type { RegistryChange } from './diff';
import type { RegistryDate } from './record';

// The registry's status codes in plain words, in both languages.
const STATUS: Record<string, Record<Lang, string>> = {
  NOT_YET_RECRUITING: { en: 'Not yet recruiting', nb: 'Rekrutterer ikke ennå' },
  RECRUITING: { en: 'Recruiting', nb: 'Rekrutterer' },
  ENROLLING_BY_INVITATION: { en: 'Enrolling by invitation', nb: 'Inkluderer etter invitasjon' },
  ACTIVE_NOT_RECRUITING: { en: 'Active, not recruiting', nb: 'Aktiv, rekrutterer ikke' },
  SUSPENDED: { en: 'Suspended', nb: 'Midlertidig stanset' },
  TERMINATED: { en: 'Terminated', nb: 'Avsluttet før tiden' },
  COMPLETED: { en: 'Completed', nb: 'Fullført' },
  WITHDRAWN: { en: 'Withdrawn', nb: 'Trukket tilbake' },
  UNKNOWN: { en: 'Unknown', nb: 'Ukjent' },
};
const DATE_FIELD: Record<'start-date' | 'primary-completion' | 'completion', Record<Lang, string>> = {
  'start-date': { en: 'start date', nb: 'startdatoen' },
  'primary-completion': { en: 'primary completion date', nb: 'datoen for primær fullføring' },
  completion: { en: 'completion date', nb: 'sluttdatoen' },
};
const TITLE: Record<'brief-title' | 'official-title', Record<Lang, string>> = {
  'brief-title': { en: 'short', nb: 'kort' },
  'official-title': { en: 'official', nb: 'offisiell' },
};
const KIND: Record<string, Record<Lang, string>> = {
  ACTUAL: { en: 'actual', nb: 'faktisk' },
  ESTIMATED: { en: 'estimated', nb: 'anslått' },
  UNKNOWN: { en: 'type not given', nb: 'type ikke oppgitt' },
};

type Sentence = (c: never, study: string, lang: Lang) => string;
// The member of RegistryChange that has this field (some members share one shape for two fields).
type MemberOf<C, F> = C extends { field: infer G } ? (F extends G ? C : never) : never;
type ChangeOf<F> = MemberOf<RegistryChange, F>;
const S = <F extends RegistryChange['field']>(f: (c: ChangeOf<F>, study: string, lang: Lang) => string) =>
  f as Sentence;
const status = (code: string, lang: Lang) => STATUS[code]?.[lang] ?? code;
const kind = (type: string, lang: Lang) => KIND[type]?.[lang] ?? type;
const date = (d: RegistryDate, lang: Lang) => `${formatIsoDate(d.date, lang)} (${kind(d.type, lang)})`;
const dateChange = (c: Extract<RegistryChange, { from: RegistryDate }>, study: string, lang: Lang) =>
  TEXT[lang].date(DATE_FIELD[c.field][lang], study, date(c.from, lang), date(c.to, lang));

// Every sentence of an announcement, per language. Registry text (site and drug names) is given as
// the registry writes it; the platform renderers escape it.
const TEXT = {
  en: {
    status: (study: string, from: string, to: string) =>
      `the recruitment status of ${study} changed from ${from} to ${to}`,
    date: (field: string, study: string, from: string, to: string) =>
      `the ${field} of ${study} changed from ${from} to ${to}`,
    enrollment: (study: string, from: string, to: string) =>
      `the planned enrollment of ${study} changed from ${from} to ${to}`,
    drugAdded: (study: string, name: string) => `a drug was added to ${study}: ${name}`,
    drugRemoved: (study: string, name: string) => `a drug was removed from ${study}: ${name}`,
    siteAdded: (study: string, site: string) => `a site was added to ${study}: ${site}`,
    siteRemoved: (study: string, site: string) => `a site was removed from ${study}: ${site}`,
    siteStatus: (site: string, from: string, to: string) => `the site ${site} changed from ${from} to ${to}`,
    title: (which: string, study: string, from: string, to: string) =>
      `the ${which} title of ${study} changed from "${from}" to "${to}"`,
    idAdded: (study: string, id: string) => `another registry id was added to ${study}: ${id}`,
    idRemoved: (study: string, id: string) => `a registry id was removed from ${study}: ${id}`,
    contacts: (study: string) => `the central contacts of ${study} changed (see the record)`,
    several: (n: number, study: string) => `${n} changes to the record of ${study}`,
    historyPublisher: 'ClinicalTrials.gov, history of changes',
    updated: (day: string) => `record updated ${day}`,
    summary: (nctId: string, all: string) => `In the ClinicalTrials.gov record of ${nctId}: ${all}.`,
    record: (nctId: string) => `ClinicalTrials.gov record ${nctId}`,
    history: (nctId: string) => `History of changes to ${nctId}`,
  },
  nb: {
    status: (study: string, from: string, to: string) =>
      `rekrutteringsstatusen til ${study} endret seg fra ${from} til ${to}`,
    date: (field: string, study: string, from: string, to: string) =>
      `${field} til ${study} endret seg fra ${from} til ${to}`,
    enrollment: (study: string, from: string, to: string) =>
      `planlagt antall deltakere i ${study} endret seg fra ${from} til ${to}`,
    drugAdded: (study: string, name: string) => `et legemiddel ble lagt til i ${study}: ${name}`,
    drugRemoved: (study: string, name: string) => `et legemiddel ble fjernet fra ${study}: ${name}`,
    siteAdded: (study: string, site: string) => `et studiested ble lagt til i ${study}: ${site}`,
    siteRemoved: (study: string, site: string) => `et studiested ble fjernet fra ${study}: ${site}`,
    siteStatus: (site: string, from: string, to: string) => `studiestedet ${site} endret seg fra ${from} til ${to}`,
    title: (which: string, study: string, from: string, to: string) =>
      `${which} tittel på ${study} endret seg fra «${from}» til «${to}»`,
    idAdded: (study: string, id: string) => `en ny registeridentifikator ble lagt til for ${study}: ${id}`,
    idRemoved: (study: string, id: string) => `en registeridentifikator ble fjernet for ${study}: ${id}`,
    contacts: (study: string) => `kontaktpersonene for ${study} endret seg (se oppføringen)`,
    several: (n: number, study: string) => `${n} endringer i oppføringen for ${study}`,
    historyPublisher: 'ClinicalTrials.gov, endringshistorikk',
    updated: (day: string) => `oppdatert ${day}`,
    summary: (nctId: string, all: string) => `I ClinicalTrials.gov-oppføringen for ${nctId}: ${all}.`,
    record: (nctId: string) => `ClinicalTrials.gov-oppføringen ${nctId}`,
    history: (nctId: string) => `Endringshistorikken til ${nctId}`,
  },
} satisfies Record<Lang, unknown>;

const SENTENCES: Record<RegistryChange['field'], Sentence> = {
  status: S<'status'>((c, study, lang) => TEXT[lang].status(study, status(c.from, lang), status(c.to, lang))),
  'start-date': S<'start-date'>(dateChange),
  'primary-completion': S<'primary-completion'>(dateChange),
  completion: S<'completion'>(dateChange),
  enrollment: S<'enrollment'>((c, study, lang) =>
    TEXT[lang].enrollment(
      study,
      `${c.from.count} (${kind(c.from.type, lang)})`,
      `${c.to.count} (${kind(c.to.type, lang)})`,
    ),
  ),
  'intervention-added': S<'intervention-added'>((c, study, lang) => TEXT[lang].drugAdded(study, c.name)),
  'intervention-removed': S<'intervention-removed'>((c, study, lang) => TEXT[lang].drugRemoved(study, c.name)),
  'site-added': S<'site-added'>((c, study, lang) => TEXT[lang].siteAdded(study, c.site)),
  'site-removed': S<'site-removed'>((c, study, lang) => TEXT[lang].siteRemoved(study, c.site)),
  'brief-title': S<'brief-title'>((c, study, lang) => TEXT[lang].title(TITLE[c.field][lang], study, c.from, c.to)),
  'official-title': S<'official-title'>((c, study, lang) =>
    TEXT[lang].title(TITLE[c.field][lang], study, c.from, c.to),
  ),
  'secondary-id-added': S<'secondary-id-added'>((c, study, lang) => TEXT[lang].idAdded(study, c.id)),
  'secondary-id-removed': S<'secondary-id-removed'>((c, study, lang) => TEXT[lang].idRemoved(study, c.id)),
  contacts: S<'contacts'>((_c, study, lang) => TEXT[lang].contacts(study)),
  'site-status': S<'site-status'>((c, _study, lang) =>
    TEXT[lang].siteStatus(c.site, status(c.from, lang), status(c.to, lang)),
  ),
};

/**
 * One change in plain words. `study` names the study (its acronym, such as IMPRESS-Norway, or its
 * NCT id).
 */
export function describeChange(c: RegistryChange, lang: Lang, study = 'the study'): string {
  return SENTENCES[c.field](c as never, study, lang);
}

const precisionOf = (iso: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) ? 'day' : /^\d{4}-\d{2}$/.test(iso) ? 'month' : 'year';

/** The public page of a study's record, and its history of changes. */
export function registryLinks(nctId: string): { url: string; historyUrl: string } {
  return {
    url: `https://clinicaltrials.gov/study/${nctId}`,
    historyUrl: `https://clinicaltrials.gov/study/${nctId}?tab=history`,
  };
}

/** The permanent id of the announcement of one record update. */
export function registryUpdateId(nctId: string, lastUpdate: string): string {
  return `impress-norway:registry:${nctId}:${lastUpdate}`;
}

/** The announcement of one record update: a title naming the change (or counting several) and a summary of all. */
export function registryAnnouncement(
  nctId: string,
  lastUpdate: string,
  changes: RegistryChange[],
  lang: Lang,
  study: string = nctId,
): { id: string; title: string; summary: string; url: string; historyUrl: string } {
  const first = changes[0];
  if (!first) throw new Error('an announcement needs at least one change');
  const t = TEXT[lang];
  // One change is named in the title; several are counted there (Slack cuts headers at 150
  // characters) and listed in the summary.
  const head = changes.length === 1 ? describeChange(first, lang, study) : t.several(changes.length, study);
  const title = `ClinicalTrials.gov: ${head} (${t.updated(formatIsoDate(lastUpdate, lang))})`;
  const summary = t.summary(nctId, changes.map((c) => describeChange(c, lang, study)).join('; '));
  // One announcement per study and record update: the same update seen twice has the same id.
  return { id: registryUpdateId(nctId, lastUpdate), title, summary, ...registryLinks(nctId) };
}

/**
 * The record update as an {@link Update} in each language (topic `registry`), ready for the outbox
 * and the feeds. `id` overrides the permanent id (a second change under one record date).
 */
export function registryUpdates(
  nctId: string,
  lastUpdate: string,
  changes: RegistryChange[],
  options: { study?: string; id?: string } = {},
): Record<Lang, Update> {
  const make = (lang: Lang): Update => {
    const a = registryAnnouncement(nctId, lastUpdate, changes, lang, options.study);
    const sources: Source[] = [
      {
        id: `ctgov-${nctId.toLowerCase()}`,
        url: a.url,
        title: TEXT[lang].record(nctId),
        publisher: 'ClinicalTrials.gov',
      },
      {
        id: `ctgov-${nctId.toLowerCase()}-history`,
        url: a.historyUrl,
        title: TEXT[lang].history(nctId),
        // The renderers label a source link with its publisher: this tells the two links apart.
        publisher: TEXT[lang].historyPublisher,
      },
    ];
    return {
      id: options.id ?? a.id,
      kind: 'registry-changed',
      topic: 'registry',
      date: { precision: precisionOf(lastUpdate), value: lastUpdate },
      lang,
      title: a.title,
      summary: a.summary,
      url: a.url,
      sources,
      tags: ['clinicaltrials.gov', nctId, ...new Set(changes.map((c) => c.field))],
    };
  };
  return { en: make('en'), nb: make('nb') };
}

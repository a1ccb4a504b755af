import type { Lang } from '@impress-norway/core';
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
  WITHDRAWN: { en: 'Withdrawn', nb: 'Trukket' },
  UNKNOWN: { en: 'Unknown', nb: 'Ukjent' },
};
const FIELD: Record<'start-date' | 'primary-completion' | 'completion', Record<Lang, string>> = {
  'start-date': { en: 'start date', nb: 'startdato' },
  'primary-completion': { en: 'primary completion date', nb: 'dato for primær fullføring' },
  completion: { en: 'completion date', nb: 'sluttdato' },
};
const KIND: Record<string, Record<Lang, string>> = {
  ACTUAL: { en: 'actual', nb: 'faktisk' },
  ESTIMATED: { en: 'estimated', nb: 'anslått' },
  UNKNOWN: { en: 'type not given', nb: 'type ikke oppgitt' },
};

const status = (code: string, lang: Lang) => STATUS[code]?.[lang] ?? code;
const date = (d: RegistryDate, lang: Lang) => `${d.date} (${KIND[d.type]?.[lang] ?? d.type})`;

/** One change in plain words. Registry text (site and drug names) is given as the registry writes it. */
export function describeChange(c: RegistryChange, lang: Lang): string {
  const en = lang === 'en';
  switch (c.field) {
    case 'status':
      return en
        ? `the recruitment status changed from ${status(c.from, lang)} to ${status(c.to, lang)}`
        : `rekrutteringsstatusen endret seg fra ${status(c.from, lang)} til ${status(c.to, lang)}`;
    case 'start-date':
    case 'primary-completion':
    case 'completion':
      return en
        ? `the ${FIELD[c.field].en} changed from ${date(c.from, lang)} to ${date(c.to, lang)}`
        : `${FIELD[c.field].nb} endret seg fra ${date(c.from, lang)} til ${date(c.to, lang)}`;
    case 'enrollment':
      return en
        ? `the enrollment changed from ${c.from.count} (${KIND[c.from.type]?.en ?? c.from.type}) to ${c.to.count} (${KIND[c.to.type]?.en ?? c.to.type})`
        : `antall deltakere endret seg fra ${c.from.count} (${KIND[c.from.type]?.nb ?? c.from.type}) til ${c.to.count} (${KIND[c.to.type]?.nb ?? c.to.type})`;
    case 'intervention-added':
      return en ? `a drug was added: ${c.name}` : `et legemiddel ble lagt til: ${c.name}`;
    case 'intervention-removed':
      return en ? `a drug was removed: ${c.name}` : `et legemiddel ble fjernet: ${c.name}`;
    case 'site-added':
      return en ? `a site was added: ${c.site}` : `et studiested ble lagt til: ${c.site}`;
    case 'site-removed':
      return en ? `a site was removed: ${c.site}` : `et studiested ble fjernet: ${c.site}`;
    case 'site-status':
      return en
        ? `${c.site} changed from ${status(c.from, lang)} to ${status(c.to, lang)}`
        : `${c.site} endret seg fra ${status(c.from, lang)} til ${status(c.to, lang)}`;
  }
}

/** The announcement of one record update: a title naming the first change and a summary of all. */
export function registryAnnouncement(
  nctId: string,
  lastUpdate: string,
  changes: RegistryChange[],
  lang: Lang,
): { id: string; title: string; summary: string; url: string; historyUrl: string } {
  const first = changes[0];
  if (!first) throw new Error('an announcement needs at least one change');
  const updated = lang === 'en' ? `record updated ${lastUpdate}` : `oppføringen oppdatert ${lastUpdate}`;
  const head = describeChange(first, lang);
  const title = `ClinicalTrials.gov: ${head[0]?.toUpperCase()}${head.slice(1)} (${updated})`;
  const all = changes.map((c) => describeChange(c, lang));
  const summary =
    lang === 'en'
      ? `In the ClinicalTrials.gov record of ${nctId}: ${all.join('; ')}.`
      : `I ClinicalTrials.gov-oppføringen for ${nctId}: ${all.join('; ')}.`;
  return {
    // One announcement per study and record update: the same update seen twice has the same id.
    id: `impress-norway:registry:${nctId}:${lastUpdate}`,
    title,
    summary,
    url: `https://clinicaltrials.gov/study/${nctId}`,
    historyUrl: `https://clinicaltrials.gov/study/${nctId}?tab=history`,
  };
}

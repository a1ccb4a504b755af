import type { Lang } from './schema/common';

/**
 * The texts the core package writes itself (dates, passages, intent answers, update titles, the CLI),
 * in bokmål (`nb`) and English (`en`), in one table so a translator edits one file; `strings.test.ts`
 * checks that every key has both languages. Facts come from the content, never from here. The fixed
 * replies of question answering are in `ask/replies.ts`.
 */
export const STRINGS = {
  // Dates
  dayMonthYear: {
    en: (day: number, month: string, year: string) => `${day} ${month} ${year}`,
    nb: (day: number, month: string, year: string) => `${day}. ${month} ${year}`,
  },
  between: {
    en: (a: string, b: string) => `between ${a} and ${b}`,
    nb: (a: string, b: string) => `mellom ${a} og ${b}`,
  },
  after: { en: (a: string) => `after ${a}`, nb: (a: string) => `etter ${a}` },
  before: { en: (b: string) => `before ${b}`, nb: (b: string) => `før ${b}` },
  undated: { en: 'undated', nb: 'udatert' },
  asOf: { en: 'As of', nb: 'Per' },
  and: { en: 'and', nb: 'og' },

  // Passages (what the word index ranks)
  unnamedTown: { en: 'a town the sources do not name', nb: 'et sted kildene ikke oppgir' },
  sitePassage: {
    en: (name: string, where: string, region: string) =>
      `${name} in ${where}, ${region}, is an IMPRESS-Norway study site.`,
    nb: (name: string, where: string, region: string) =>
      `${name} i ${where}, ${region}, er studiested i IMPRESS-Norway.`,
  },
  fromCompany: { en: (company: string) => ` from ${company}`, nb: (company: string) => ` fra ${company}` },
  drugPassage: {
    en: (name: string, drugClass: string, from: string) => `The study drug ${name} is a ${drugClass}${from}.`,
    nb: (name: string, drugClass: string, from: string) =>
      `Studielegemiddelet ${name} er en ${drugClass}${from} (legemiddel i studien).`,
  },
  drugClassPassage: {
    en: (drugClass: string, from: string) => `Study drug${from}: ${drugClass}.`,
    nb: (drugClass: string, from: string) => `Legemiddel i studien${from}: ${drugClass}.`,
  },
  targets: { en: (targets: string) => `It targets ${targets}.`, nb: (targets: string) => `Det virker mot ${targets}.` },
  actsOn: { en: 'What it acts on', nb: 'Hva det virker på' },
  inImpress: { en: 'In IMPRESS-Norway', nb: 'I IMPRESS-Norway' },
  joined: { en: ' joined', nb: ' ble med' },
  contribution: { en: 'Contribution', nb: 'Bidrag' },
  sourcesDiffer: { en: 'Sources differ. Newest first:', nb: 'Kildene spriker. Nyeste først:' },

  // Intent answers
  companiesHead: {
    en: 'These pharmaceutical companies supply drugs to IMPRESS-Norway:',
    nb: 'Disse legemiddelselskapene leverer legemidler til IMPRESS-Norway:',
  },
  firstPartner: {
    en: (company: string) => `${company} was the first.`,
    nb: (company: string) => `${company} var det første.`,
  },
  drugsForGene: {
    en: (gene: string, names: string, gap: string) =>
      `These study drugs act on ${gene} (pharmacology, from their product information): ${names}. No IMPRESS-Norway cohort for ${gene} is documented in public sources. ${gap} The treating doctor can ask whether a match exists.`,
    nb: (gene: string, names: string, gap: string) =>
      `Disse studielegemidlene virker på ${gene} (farmakologi, fra produktinformasjonen): ${names}. Ingen IMPRESS-Norway-kohort for ${gene} er dokumentert i offentlige kilder. ${gap} Behandlende lege kan spørre om det finnes en match.`,
  },
  nothingForGene: {
    en: (gene: string, gap: string) =>
      `Public sources name no IMPRESS-Norway cohort or drug for ${gene}. ${gap} The treating doctor can ask whether a match exists.`,
    nb: (gene: string, gap: string) =>
      `Offentlige kilder nevner ingen IMPRESS-Norway-kohort eller -legemiddel for ${gene}. ${gap} Behandlende lege kan spørre om det finnes en match.`,
  },
  newestItems: { en: 'The newest items:', nb: 'De nyeste sakene:' },
  probably: { en: 'probably', nb: 'trolig' },
  siteCountTail: {
    en: (count: string) => `The full list of study sites is not public${count}.`,
    nb: (count: string) => `Hele listen over studiesteder er ikke offentlig${count}.`,
  },
  newestCount: {
    en: (n: number) => `; the newest count is ${n} sites`,
    nb: (n: number) => `; den nyeste opptellingen er ${n} studiesteder`,
  },
  siteHere: { en: 'Yes, IMPRESS-Norway has a study site here:', nb: 'Ja, IMPRESS-Norway har et studiested her:' },
  sitesInRegion: {
    en: (region: string) => `Study sites in ${region}:`,
    nb: (region: string) => `Studiesteder i ${region}:`,
  },
  siteThere: { en: 'Yes, there is a study site there:', nb: 'Ja, det er et studiested der:' },

  // Updates
  cohortStatusTitle: {
    en: (status: string, name: string) => `Cohort ${status}: ${name}`,
    nb: (status: string, name: string) => `Kohort ${status}: ${name}`,
  },

  // CLI
  sourcesHead: { en: 'Sources:', nb: 'Kilder:' },
  newestCountLabel: { en: 'Newest count', nb: 'Nyeste opptelling' },
  sponsor: { en: 'Sponsor', nb: 'Sponsor' },
  phase: { en: 'Phase', nb: 'Fase' },
  design: { en: 'Design', nb: 'Design' },
  recruitmentNewest: { en: 'Recruitment status (newest source)', nb: 'Rekrutteringsstatus (nyeste kilde)' },
  sitesNewest: { en: 'Sites (newest count)', nb: 'Studiesteder (nyeste opptelling)' },
  plannedEnd: { en: 'Planned end', nb: 'Planlagt slutt' },
} as const satisfies Record<string, Record<Lang, unknown>>;

import { CONTENT_IDS } from '../../content-ids';
import { cohorts } from '../../query/cohorts';
import { drugs } from '../../query/drugs';
import { drugLabel } from '../../query/labels';
import { newestDate, uniqueSources } from '../../query/merge';
import { news } from '../../query/news';
import type { Dataset } from '../../schema/dataset';
import { STRINGS } from '../../strings';
import { fold } from '../../text/fold';
import { formatFuzzyDate } from '../../text/format-date';
import { contentTokens } from '../terms';
import { type Draft, hasPhrase, type Intent, listJoin } from './draft';

export const COMPANY_WORDS = [
  'companies',
  'company',
  'selskaper',
  'selskap',
  'legemiddelselskaper',
  'firma',
  'firmaer',
  'firmaene',
  'legemiddelfirma',
  'legemiddelfirmaer',
  'legemiddelfirmaene',
  'firmaet',
  'pharma',
  'pharmaceutical',
  'industry',
  'industri',
  'partners',
  'partnere',
];
const WHICH_WORDS = ['which', 'what', 'list', 'hvilke', 'hvilket', 'hvilken', 'hva', 'who', 'hvem', 'name'];

/** "Which pharmaceutical companies are taking part?": every partner, in the order they joined. */
export const companiesIntent: Intent = (question, lang, data) => {
  const q = fold(question);
  if (!hasPhrase(q, COMPANY_WORDS) || !hasPhrase(q, WHICH_WORDS)) return undefined;
  if (data.partners.some((p) => hasPhrase(q, [p.company, ...p.aliases].map(fold)))) return undefined;
  const items = data.partners.map((p) => `${p.company} (${formatFuzzyDate(p.joined, lang)})`);
  const head = STRINGS.companiesHead[lang];
  // What the companies give is a sourced content entry, and which came first follows from the dates.
  const first = data.partners[0]?.joined.value ? STRINGS.firstPartner[lang](data.partners[0].company) : '';
  const terms = data.funding.find((f) => f.id === CONTENT_IDS.funding.industryContribution);
  const tail = [first, terms?.description[lang]].filter(Boolean).join(' ');
  return {
    kind: 'answer',
    text: `${head} ${listJoin(items, lang)}. ${tail}`.trim(),
    sources: uniqueSources([...data.partners.map((p) => p.sources), terms?.sources ?? []]),
    asOf: newestDate(data.partners.map((p) => p.asOf)) ?? '',
    related: [],
  };
};

/**
 * Gene symbols people ask about (the content's gene vocabulary adds names and variants). Knowing a
 * symbol is a gene says nothing about the study; whether IMPRESS has a cohort or drug for it comes
 * from the data alone.
 */
export const GENES = [
  'kras',
  'nras',
  'hras',
  'egfr',
  'alk',
  'ros1',
  'braf',
  'her2',
  'erbb2',
  'brca',
  'brca1',
  'brca2',
  'ntrk',
  'ntrk1',
  'ntrk2',
  'ntrk3',
  'ret',
  'met',
  'pik3ca',
  'fgfr',
  'fgfr1',
  'fgfr2',
  'fgfr3',
  'idh1',
  'idh2',
  'kit',
  'pdgfra',
  'tp53',
  'pten',
  'atm',
  'palb2',
  'cdk4',
  'cdk6',
  'mdm2',
  'nf1',
  'akt1',
  'mtor',
  'esr1',
  'msi',
  'tmb',
  'parp',
  'mek',
];
export const COHORT_WORDS = [
  'cohort',
  'cohorts',
  'kohort',
  'kohorter',
  'drug',
  'drugs',
  'legemiddel',
  'legemidler',
  'medisin',
  'treatment',
  'behandling',
  'arm',
  'target',
  'targets',
];

/** "Finnes det en kohort for BRCA?", "Is there a drug for RET?": answered from cohorts() and drugs(). */
/** The gene a text names (folded), if any: the content's gene names and variants too ("BRAF V600E", "PD-L1"); the longest wins. */
export function geneNamedIn(text: string, data: Dataset): string | undefined {
  const q = fold(text);
  const names = [...GENES, ...data.genes.flatMap((g) => [g.symbol, ...g.aliases].map(fold))];
  return names.sort((a, b) => b.length - a.length).find((g) => hasPhrase(q, [g]));
}

export const geneIntent: Intent = (question, lang, data) => {
  const q = fold(question);
  const gene = geneNamedIn(question, data);
  // "for" or "mot" asks for a drug only right before the gene ("anything for KRAS?"); "what is EGFR
  // for" is about the gene itself, and "how do you test for KRAS" about testing.
  const forGene = hasPhrase(q, [`for ${gene}`, `mot ${gene}`]) && !/\b(test|gentest|screen)\w*\b/.test(q);
  if (!gene || !(hasPhrase(q, COHORT_WORDS) || forGene)) return undefined;
  const G = gene.toUpperCase();
  const found = cohorts({ gene }, data);
  if (found.length > 0) {
    const text = found.map((c) => c.description[lang]).join(' ');
    return {
      kind: 'answer',
      text,
      sources: uniqueSources(found.map((c) => c.sources)),
      asOf: newestDate(found.map((c) => c.asOf)) ?? '',
      related: [],
    };
  }
  const matching = drugs({ target: gene }, data);
  const gap = data.gaps.find((g) => g.id === CONTENT_IDS.gaps.cohortList);
  if (matching.length > 0) {
    const names = listJoin(
      matching.map((d) => drugLabel(d, lang)),
      lang,
    );
    // Two claims, two kinds of source: what the drugs act on (pharmacology) and what is known of
    // IMPRESS cohorts for them (usually nothing public).
    const text = STRINGS.drugsForGene[lang](G, names, gap?.text[lang] ?? '');
    return {
      kind: 'answer',
      text: text.trim(),
      sources: uniqueSources([
        ...matching.map((d) => d.pharmacology?.sources ?? []),
        ...matching.map((d) => d.sources),
        gap?.sources ?? [],
      ]),
      asOf: newestDate(matching.map((d) => d.asOf)) ?? '',
      related: [],
    };
  }
  if (!gap) return undefined;
  const text = STRINGS.nothingForGene[lang](G, gap.text[lang]);
  return { kind: 'no-answer', text, sources: gap.sources, asOf: gap.asOf, related: [] };
};

export const NEWS_WORDS = [
  'news',
  'nyheter',
  'nyhet',
  'nytt',
  'latest',
  'siste',
  'recent',
  'update',
  'updates',
  'oppdatering',
  'happened',
  'skjedd',
];

/** "What is new?", "Siste nytt?": the three newest news items. */
export const newsIntent: Intent = (question, lang, data) => {
  const q = fold(question);
  if (!hasPhrase(q, NEWS_WORDS) && !/\bwhat'?s new\b|\bwhat is new\b|\bhva er nytt\b/.test(q)) return undefined;
  // "What happened at ESMO 2023?" names a topic: retrieval answers that, not the news list.
  const topic = contentTokens(q).filter(
    (t) => !hasPhrase(t, NEWS_WORDS) && !['new', 'nytt', 'nye', 'happened', 'skjedd'].includes(t),
  );
  if (topic.length > 0) return undefined;
  const items = news({ limit: 3 }, data);
  const head = STRINGS.newestItems[lang];
  const lines = items.map((n) => `${formatFuzzyDate(n.date, lang)}: ${n.title[lang]}.`);
  const draft: Draft = {
    kind: 'answer',
    text: `${head} ${lines.join(' ')}`,
    sources: uniqueSources(items.map((n) => n.sources)),
    asOf: newestDate(items.map((n) => n.asOf)) ?? '',
    related: items.map((n) => ({ kind: 'news', id: n.id, title: n.title[lang] })),
  };
  return draft;
};

import { factVersions } from '../query/study';
import type { Lang, LocalizedText } from '../schema/common';
import type { Dataset } from '../schema/dataset';
import { REGIONS } from '../schema/site';
import type { Source } from '../schema/source';
import { formatFuzzyDate } from '../text/format-date';

/** One retrievable unit of knowledge: a fact, an FAQ entry or an entity, written in both languages. */
export interface Passage {
  /** `kind:entityId`, or `kind:entityId:part` for a figure of a result snapshot. */
  id: string;
  kind: PassageKind;
  title: LocalizedText;
  text: LocalizedText;
  keywords: string;
  sources: Source[];
  asOf: string;
  /** `no` marks a passage that says something is not known. */
  known: 'yes' | 'partial' | 'no';
  /** Prior relevance, 1 by default; below 1 for passages that are only around the study. */
  prior?: number;
}

/** Kinds of passage, one per kind of knowledge. */
export type PassageKind =
  | 'study'
  | 'fact'
  | 'disputed'
  | 'gap'
  | 'faq'
  | 'site'
  | 'drug'
  | 'cohort'
  | 'partner'
  | 'funding'
  | 'publication'
  | 'figure'
  | 'news'
  | 'related'
  | 'organisation'
  | 'person';

const both = (fn: (lang: Lang) => string): LocalizedText => ({ en: fn('en'), nb: fn('nb') });
const join = (...parts: Array<string | undefined | false>) => parts.filter(Boolean).join(' ');

function studyPassages(d: Dataset): Passage[] {
  const s = d.study;
  return [
    {
      id: `study:${s.id}`,
      kind: 'study',
      title: { en: `About ${s.name}`, nb: `Om ${s.name}` },
      text: s.summary,
      keywords: [s.name, ...s.alsoWrittenAs, s.officialTitle, s.identifiers.nct].join(' '),
      sources: s.sources,
      asOf: s.asOf,
      known: 'yes',
    },
  ];
}

function factPassages(d: Dataset): Passage[] {
  const facts: Passage[] = d.facts.map((f) => ({
    id: `fact:${f.id}`,
    kind: 'fact',
    title: f.title,
    text: f.text,
    keywords: f.keywords.join(' '),
    sources: f.sources,
    asOf: f.asOf,
    known: 'yes',
  }));
  const faq: Passage[] = d.faq.map((f) => ({
    id: `faq:${f.id}`,
    kind: 'faq',
    title: f.question,
    text: f.answer,
    keywords: f.keywords.join(' '),
    sources: f.sources,
    asOf: f.asOf,
    known: f.answerable,
  }));
  const gaps: Passage[] = d.gaps.map((g) => ({
    id: `gap:${g.id}`,
    kind: 'gap',
    title: { en: 'Not known', nb: 'Ikke kjent' },
    text: g.text,
    keywords: g.keywords.join(' '),
    sources: g.sources,
    asOf: g.asOf,
    known: 'no',
  }));
  const disputed: Passage[] = d.disputed.map((f) => {
    const v = factVersions(f.id, d);
    const text = both((lang) => {
      const versions = (v?.versions ?? f.versions).map((x) => `${x.value[lang]} (${formatFuzzyDate(x.date, lang)})`);
      const head = lang === 'en' ? 'Sources differ. Newest first:' : 'Kildene spriker. Nyeste først:';
      return join(`${f.topic[lang]}: ${head}`, `${versions.join('; ')}.`, f.comment?.[lang]);
    });
    return {
      id: `disputed:${f.id}`,
      kind: 'disputed',
      title: f.topic,
      text,
      keywords: f.keywords.join(' '),
      sources: f.sources,
      asOf: f.asOf,
      known: 'partial',
    };
  });
  return [...facts, ...faq, ...gaps, ...disputed];
}

function entityPassages(d: Dataset): Passage[] {
  const partners = new Map(d.partners.map((p) => [p.id, p]));
  const out: Passage[] = [];
  for (const s of d.sites) {
    const text = both((lang) => {
      const where = s.city ?? (lang === 'en' ? 'a town the sources do not name' : 'et sted kildene ikke oppgir');
      const name = lang === 'en' ? `${s.trust} (${s.trustNb})` : s.trustNb;
      const region = REGIONS[s.region][lang];
      const head =
        lang === 'en'
          ? `${name} in ${where}, ${region}, is an IMPRESS-Norway study site.`
          : `${name} i ${where}, ${region}, er studiested i IMPRESS-Norway.`;
      return join(head, ...s.roles.map((r) => `${r[lang]}.`), s.note?.[lang]);
    });
    const keywords = [
      s.trust,
      s.trustNb,
      s.shortName,
      s.city,
      ...s.hospitals,
      REGIONS[s.region].nb,
      REGIONS[s.region].en,
    ]
      .filter(Boolean)
      .join(' ');
    out.push({
      id: `site:${s.id}`,
      kind: 'site',
      title: { en: s.trust, nb: s.trustNb },
      text,
      keywords,
      sources: s.sources,
      asOf: s.asOf,
      known: 'yes',
    });
  }
  for (const dr of d.drugs) {
    const company = dr.partnerId ? partners.get(dr.partnerId)?.company : undefined;
    const name = dr.generic ? `${dr.generic}${dr.brand ? ` (${dr.brand})` : ''}` : undefined;
    const text = both((lang) => {
      const from = company ? (lang === 'en' ? ` from ${company}` : ` fra ${company}`) : '';
      const head = name
        ? lang === 'en'
          ? `The study drug ${name} is a ${dr.drugClass.en}${from}.`
          : `Studielegemiddelet ${name} er en ${dr.drugClass.nb}${from} (legemiddel i studien).`
        : lang === 'en'
          ? `Study drug${from}: ${dr.drugClass.en}.`
          : `Legemiddel i studien${from}: ${dr.drugClass.nb}.`;
      const targets = dr.targets.length
        ? lang === 'en'
          ? `It targets ${dr.targets.join(' and ')}.`
          : `Det virker mot ${dr.targets.join(' og ')}.`
        : undefined;
      return join(head, targets, dr.note?.[lang]);
    });
    const title = name ? { en: name, nb: name } : dr.drugClass;
    out.push({
      id: `drug:${dr.id}`,
      kind: 'drug',
      title,
      text,
      keywords: [dr.generic, dr.brand, company, ...dr.targets].filter(Boolean).join(' '),
      sources: dr.sources,
      asOf: dr.asOf,
      known: 'yes',
    });
  }
  for (const c of d.cohorts) {
    out.push({
      id: `cohort:${c.id}`,
      kind: 'cohort',
      title: c.name,
      text: c.description,
      keywords: '',
      sources: c.sources,
      asOf: c.asOf,
      known: 'yes',
    });
  }
  for (const p of d.partners) {
    const text = both((lang) =>
      join(
        `${p.company}${lang === 'en' ? ' joined' : ' ble med'} ${formatFuzzyDate(p.joined, lang)}.`,
        `${lang === 'en' ? 'Contribution' : 'Bidrag'}: ${p.contribution[lang]}`,
      ),
    );
    out.push({
      id: `partner:${p.id}`,
      kind: 'partner',
      title: { en: p.company, nb: p.company },
      text,
      keywords: [p.company, ...p.aliases, 'company selskap'].join(' '),
      sources: p.sources,
      asOf: p.asOf,
      known: 'yes',
    });
  }
  return out;
}

function recordPassages(d: Dataset): Passage[] {
  const out: Passage[] = [];
  for (const f of d.funding) {
    out.push({
      id: `funding:${f.id}`,
      kind: 'funding',
      title: f.title,
      text: both((l) => join(`${f.title[l]}.`, f.description[l])),
      keywords: `${f.funder.en} ${f.funder.nb} funding finansiering`,
      sources: f.sources,
      asOf: f.asOf,
      known: 'yes',
      prior: f.directToTrial ? 1 : 0.75,
    });
  }
  for (const p of d.publications) {
    out.push({
      id: `publication:${p.id}`,
      kind: 'publication',
      title: { en: p.title, nb: p.title },
      text: both((l) => join(`${p.citation}`, p.summary[l])),
      keywords: [p.journal, p.doi, p.pmid].filter(Boolean).join(' '),
      sources: p.sources,
      asOf: p.asOf,
      known: 'yes',
    });
  }
  for (const r of d.results) {
    for (const fig of r.figures) {
      const text = both((l) =>
        join(fig.text[l], fig.definition?.[l], `(${r.title[l]})`, r.impressOnly ? undefined : r.note?.[l]),
      );
      out.push({
        id: `figure:${r.id}:${fig.id}`,
        kind: 'figure',
        title: r.title,
        text,
        keywords: 'results resultater figures tall',
        sources: r.sources,
        asOf: r.asOf,
        known: fig.value === null && /not given|cut off/.test(fig.text.en) ? 'no' : 'yes',
      });
    }
  }
  for (const n of d.news) {
    const text = both((l) => `${formatFuzzyDate(n.date, l)}: ${n.title[l]}. ${n.summary[l]}`);
    out.push({
      id: `news:${n.id}`,
      kind: 'news',
      title: n.title,
      text,
      keywords: `${n.publisher} ${n.tags.join(' ')}`,
      sources: n.sources,
      asOf: n.asOf,
      known: 'yes',
    });
  }
  for (const t of d.relatedTrials) {
    const text = both((l) =>
      join(
        `${t.name}${t.fullName ? ` (${t.fullName})` : ''}:`,
        t.relation[l],
        ...t.facts.slice(0, 2).map((f) => f.text[l]),
      ),
    );
    out.push({
      id: `related:${t.id}`,
      kind: 'related',
      title: { en: t.name, nb: t.name },
      text,
      keywords: [t.name, t.fullName, t.lead, t.country, t.registryId].filter(Boolean).join(' '),
      sources: t.sources,
      asOf: t.asOf,
      known: 'yes',
    });
  }
  for (const o of d.organisations) {
    out.push({
      id: `organisation:${o.id}`,
      kind: 'organisation',
      title: o.name,
      text: both((l) => `${o.name[l]}: ${o.role[l]}`),
      keywords: o.shortName ?? '',
      sources: o.sources,
      asOf: o.asOf,
      known: 'yes',
    });
  }
  for (const p of d.people) {
    const text = both((l) => `${p.name}: ${p.roles.map((r) => r.role[l]).join('; ')}.`);
    out.push({
      id: `person:${p.id}`,
      kind: 'person',
      title: { en: p.name, nb: p.name },
      text,
      keywords: p.name,
      sources: p.sources,
      asOf: p.asOf,
      known: 'yes',
    });
  }
  return out;
}

// A "not known" passage should win only when the question is about that unknown: a question about
// the disease control rate must find the reported rate before the note on the rate that is missing.
const NOT_KNOWN_PRIOR = 0.6;

/** Every passage the question answering searches: a passage per fact, FAQ entry and entity. */
export function buildPassages(d: Dataset): Passage[] {
  return [...studyPassages(d), ...factPassages(d), ...entityPassages(d), ...recordPassages(d)].map((p) =>
    p.known === 'no' ? { ...p, prior: (p.prior ?? 1) * NOT_KNOWN_PRIOR } : p,
  );
}

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONTENT_IDS } from '../content-ids';
import { dataset } from '../data/dataset';
import { pack, unpack } from '../data/pack';
import { drugs } from '../query/drugs';
import { isIsoDate } from '../schema/common';

const here = dirname(fileURLToPath(import.meta.url));
const data = dataset();
const LISTS = [
  'facts',
  'disputed',
  'gaps',
  'organisations',
  'people',
  'sites',
  'partners',
  'drugs',
  'biomarkers',
  'genes',
  'cohorts',
  'funding',
  'publications',
  'results',
  'news',
  'faq',
  'relatedTrials',
] as const;

/** Every `{ en, nb }` object anywhere in the dataset, with its path. */
function localizedTexts(node: unknown, path = '', out: Array<{ path: string; en: string; nb: string }> = []) {
  if (Array.isArray(node)) {
    for (const [i, v] of node.entries()) localizedTexts(v, `${path}[${i}]`, out);
  } else if (node && typeof node === 'object') {
    const keys = Object.keys(node).sort().join(',');
    if (keys === 'en,nb') out.push({ path, ...(node as { en: string; nb: string }) });
    else for (const [k, v] of Object.entries(node)) localizedTexts(v, `${path}.${k}`, out);
  }
  return out;
}

describe('content integrity', () => {
  it('gives every entity a unique id within its collection', () => {
    for (const key of LISTS) {
      const ids = data[key].map((e) => e.id);
      expect(new Set(ids).size, key).toBe(ids.length);
    }
  });

  it('gives every entity at least one http(s) source and an ISO asOf no later than the sources were read', () => {
    for (const key of LISTS) {
      for (const entity of data[key]) {
        expect(entity.sources.length, `${key}/${entity.id}`).toBeGreaterThan(0);
        for (const s of entity.sources) expect(s.url, `${key}/${entity.id}`).toMatch(/^https?:\/\//);
        expect(isIsoDate(entity.asOf), `${key}/${entity.id} asOf`).toBe(true);
        expect(entity.asOf <= data.meta.sourcesCheckedOn, `${key}/${entity.id} asOf ${entity.asOf}`).toBe(true);
      }
    }
  });

  it('has both languages for every user-facing text, and they differ', () => {
    const texts = localizedTexts(data);
    expect(texts.length).toBeGreaterThan(300);
    for (const { path, en, nb } of texts) {
      expect(en.trim(), path).not.toBe('');
      expect(nb.trim(), path).not.toBe('');
      expect(en, `${path} is not translated`).not.toBe(nb);
    }
  });

  it('resolves every cross-reference', () => {
    const orgs = new Set(data.organisations.map((o) => o.id));
    const drugs = new Set(data.drugs.map((d) => d.id));
    const partners = new Set(data.partners.map((p) => p.id));
    const biomarkers = new Set(data.biomarkers.map((b) => b.id));
    const pubs = new Set(data.publications.map((p) => p.id));
    expect(orgs.has(data.study.sponsorId)).toBe(true);
    for (const d of data.drugs) {
      if (d.partnerId) expect(partners.has(d.partnerId), d.id).toBe(true);
      for (const b of d.biomarkerIds) expect(biomarkers.has(b), d.id).toBe(true);
    }
    for (const c of data.cohorts) {
      expect(biomarkers.has(c.biomarkerId), c.id).toBe(true);
      for (const d of c.drugIds) expect(drugs.has(d), c.id).toBe(true);
    }
    for (const r of data.results) if (r.publicationId) expect(pubs.has(r.publicationId), r.id).toBe(true);
    for (const p of data.people) for (const o of p.organisationIds) expect(orgs.has(o), p.id).toBe(true);
  });

  it('covers what the issue asks for', () => {
    expect(data.news.length).toBeGreaterThanOrEqual(35);
    expect(data.sites.length).toBeGreaterThanOrEqual(17);
    expect(data.partners.map((p) => p.company)).toEqual(
      expect.arrayContaining([
        'Roche',
        'Novartis',
        'Eli Lilly and Company',
        'Incyte',
        'AstraZeneca',
        'GSK',
        'Johnson & Johnson',
      ]),
    );
    expect(data.faq.some((f) => f.answerable === 'no')).toBe(true);
    expect(data.disputed.map((d) => d.id)).toEqual(
      expect.arrayContaining(['site-count', 'recruitment-status', 'minimum-age', 'enrollment-target']),
    );
  });

  it('says the drug list is incomplete, with the counts the sources give', () => {
    const note = data.facts.find((f) => f.id === 'drug-counts');
    expect(note?.text.en).toMatch(/\b24\b/);
    expect(note?.text.en).toMatch(/\b25\b/);
    expect(note?.text.en).toMatch(/no public source lists all/i);
    expect(data.gaps.some((g) => g.id === 'drug-list')).toBe(true);
  });

  it('never gives an undated news item a day', () => {
    const undated = data.news.filter((n) => n.date.precision === 'unknown');
    expect(undated.length).toBeGreaterThan(0);
    for (const n of undated) expect(n.date.value, n.id).toBeNull();
  });

  it('survives packing and unpacking unchanged', () => {
    expect(unpack(JSON.parse(JSON.stringify(pack(data))))).toEqual(data);
  });
});

describe('pharmacology and gene names', () => {
  it('gives every drug with a mechanism a target and a reference source of its own', () => {
    const withMechanism = data.drugs.filter((d) => d.pharmacology);
    expect(withMechanism.length).toBeGreaterThanOrEqual(4);
    for (const d of withMechanism) {
      expect(d.targets.length, d.id).toBeGreaterThan(0);
      const own = new Set(d.sources.map((s) => s.id));
      expect(
        d.pharmacology?.sources.some((s) => !own.has(s.id)),
        d.id,
      ).toBe(true);
    }
  });

  it('resolves every gene alias to the same drugs as its symbol', () => {
    for (const g of data.genes) {
      const bySymbol = drugs({ target: g.symbol }).map((d) => d.id);
      for (const alias of g.aliases)
        expect(
          drugs({ target: alias }).map((d) => d.id),
          alias,
        ).toEqual(bySymbol);
    }
    expect(drugs({ target: 'ERBB2' }).map((d) => d.id)).toEqual(['pertuzumab', 'trastuzumab']);
  });

  it('has every entry the code names by id (CONTENT_IDS)', () => {
    const collections = {
      facts: data.facts,
      disputed: data.disputed,
      gaps: data.gaps,
      faq: data.faq,
      funding: data.funding,
      milestones: data.study.milestones,
    };
    const missing = Object.entries(CONTENT_IDS).flatMap(([collection, ids]) =>
      Object.values(ids)
        .filter((id) => !collections[collection as keyof typeof collections].some((entry) => entry.id === id))
        .map((id) => `${collection}/${id}`),
    );
    expect(missing).toEqual([]);
  });

  it('names one principal investigator, with a sourced role in the study', () => {
    const pis = data.people.filter((p) => p.roles.some((r) => r.kind === 'principal-investigator' && r.inStudy));
    expect(pis).toHaveLength(1);
    expect(pis[0]?.roles.find((r) => r.kind === 'principal-investigator')?.sources.length).toBeGreaterThan(0);
  });

  it('cites every source it lists', () => {
    const file = readFileSync(join(here, '..', '..', 'content', 'sources.yaml'), 'utf8');
    const listed = (parse(file) as Array<{ id: string }>).map((src) => src.id);
    const cited = new Set(data.sources.map((src) => src.id));
    expect(listed.length).toBeGreaterThan(100);
    expect(listed.filter((id) => !cited.has(id))).toEqual([]);
  });
});

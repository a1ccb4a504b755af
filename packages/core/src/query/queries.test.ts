import { describe, expect, it } from 'vitest';
import { cohorts } from './cohorts';
import { sortKey } from './dates';
import { drugs } from './drugs';
import { funding, results } from './lists';
import { news } from './news';
import { sites } from './sites';
import { factVersions, sponsor, study } from './study';

describe('study', () => {
  it('has the registry identifiers and sponsor', () => {
    expect(study().identifiers).toMatchObject({ nct: 'NCT04817956', eudract: '2020-004414-35', euCt: null });
    expect(sponsor().shortName).toBe('OUS');
  });
});

describe('cohorts', () => {
  it('finds the olaparib cohort by gene, alias, drug brand and tumour', () => {
    expect(cohorts({ gene: 'BRCA2' }).map((c) => c.id)).toEqual(['olaparib-brca-expansion']);
    expect(cohorts({ gene: 'brca' }).map((c) => c.id)).toEqual(['olaparib-brca-expansion']);
    expect(cohorts({ drug: 'LYNPARZA' }).map((c) => c.id)).toEqual(['olaparib-brca-expansion']);
    // A cohort open to every tumour type matches any tumour.
    expect(cohorts({ tumour: 'brystkreft' })).toHaveLength(1);
  });

  it('returns nothing for a gene no documented cohort uses', () => {
    expect(cohorts({ gene: 'KRAS' })).toEqual([]);
    expect(cohorts({ gene: 'BRCA1', drug: 'selpercatinib' })).toEqual([]);
  });
});

describe('drugs', () => {
  it('finds drugs by target, including through biomarker aliases', () => {
    expect(drugs({ target: 'RET' }).map((d) => d.generic)).toEqual(['selpercatinib']);
    expect(drugs({ target: 'brca1' }).map((d) => d.generic)).toEqual(['olaparib']);
    expect(drugs({ target: 'PARP' }).map((d) => d.id)).toEqual(['olaparib', 'gsk-parp-inhibitor']);
  });

  it('finds drugs by company name or alias, case-insensitively', () => {
    expect(drugs({ company: 'lilly' }).map((d) => d.generic)).toEqual(['selpercatinib']);
    expect(drugs({ company: 'J&J' }).map((d) => d.generic)).toEqual(['amivantamab']);
    expect(drugs({ company: 'novartis' })).toHaveLength(3);
  });
});

describe('sites', () => {
  it('matches cities without Norwegian letters', () => {
    expect(sites({ city: 'Tromso' }).map((s) => s.id)).toEqual(['unn']);
    expect(sites({ city: 'bodo' }).map((s) => s.id)).toEqual(['nordlandssykehuset']);
    expect(sites({ city: 'LORENSKOG' }).map((s) => s.id)).toEqual(['ahus']);
  });

  it('matches regions by id, Norwegian name or English name', () => {
    const vest = ['helse-forde', 'helse-bergen', 'helse-stavanger', 'helse-fonna'];
    expect(sites({ region: 'Helse Vest' }).map((s) => s.id)).toEqual(vest);
    expect(sites({ region: 'helse-vest' }).map((s) => s.id)).toEqual(vest);
    expect(sites({ region: 'western norway' }).map((s) => s.id)).toEqual(vest);
    expect(sites({ region: 'Helse Sor-Ost' }).length).toBeGreaterThanOrEqual(8);
  });

  it('marks a candidate city as such instead of confirming it', () => {
    const [innlandet] = sites({ city: 'Gjovik' });
    expect(innlandet?.city).toBeNull();
    expect(innlandet?.cityCandidate?.city).toBe('Gjøvik');
  });
});

describe('news', () => {
  it('is newest first with undated items last', () => {
    const all = news();
    const keys = all.map((n) => sortKey(n.date));
    const dated = keys.filter((k): k is string => k !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(keys.indexOf(null)).toBeGreaterThan(dated.length - 1);
  });

  it('filters by since, tag, original language and limit', () => {
    expect(news({ limit: 3 })).toHaveLength(3);
    expect(news({ since: '2024-01-01' }).every((n) => (sortKey(n.date) ?? '') >= '2024')).toBe(true);
    expect(news({ tag: 'funding' }).every((n) => n.tags.includes('funding'))).toBe(true);
    expect(news({ lang: 'nb' }).every((n) => n.originalLang === 'nb')).toBe(true);
    expect(news({ since: '2099-01-01' })).toEqual([]);
  });
});

describe('factVersions', () => {
  it('keeps every version of the hospital count and names the newest', () => {
    const v = factVersions('site-count');
    expect(v?.versions.map((x) => x.number)).toEqual(expect.arrayContaining([15, 17, 18, 23]));
    expect(v?.newest.number).toBe(23);
  });

  it('says which recruitment status is newest rather than picking silently', () => {
    const v = factVersions('recruitment-status');
    expect(v?.newest.value.en).toMatch(/^Recruiting/);
    expect(v?.versions[1]?.value.en).toMatch(/^Not recruiting/);
  });

  it('returns undefined for an unknown fact', () => {
    expect(factVersions('nope')).toBeUndefined();
  });
});

describe('results and funding', () => {
  it('sorts results newest first and keeps the 2024 paper figures', () => {
    const acta = results().find((r) => r.id === 'acta-oncologica-2024');
    expect(acta?.figures.find((f) => f.id === 'screened')?.value).toBe(1167);
    expect(acta?.figures.find((f) => f.id === 'dcr-week-16')?.value).toBe(40);
    expect(results()[0]?.id).toBe('prime-rose-network-2026');
  });

  it('keeps the amounts the sources give', () => {
    expect(funding().find((f) => f.id === 'klinbeforsk-2020')?.amount).toEqual({
      value: 50_000_000,
      currency: 'NOK',
      qualifier: 'exact',
    });
  });
});

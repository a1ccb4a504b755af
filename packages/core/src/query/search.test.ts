import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { cohorts } from './cohorts';
import { drugLabel, siteTown } from './labels';
import { regionNamedIn } from './regions';
import { searchCohorts, searchDrugs, searchSites } from './search';
import { sites } from './sites';

const ids = (list: Array<{ id: string }>) => list.map((x) => x.id).sort();

describe('searchSites', () => {
  it('knows a region by its everyday names, as ask() does', () => {
    const west = ids(sites({ region: 'helse-vest' }));
    expect(west.length).toBeGreaterThan(0);
    for (const q of ['Vestlandet', 'vestlandet', 'Helse Vest', 'western Norway'])
      expect(ids(searchSites(q))).toEqual(west);
    expect(regionNamedIn('hvilke sykehus i Nord-Norge deltar')).toBe('helse-nord');
  });

  it('knows a region by the counties it serves, but a county that names a trust finds the trust', () => {
    expect(regionNamedIn('vi bor i Agder')).toBe('helse-sor-ost');
    expect(regionNamedIn('grandpa lives in Finnmark')).toBe('helse-nord');
    expect(regionNamedIn('sykehus i Rogaland')).toBe('helse-vest');
    expect(searchSites('Vestfold').map((s) => s.id)).toEqual(['sykehuset-i-vestfold']);
    expect(regionNamedIn('Tromsø')).toBeUndefined();
  });

  it('finds a town, a hospital or a trust when the query names no region, and all for nothing', () => {
    expect(searchSites('Tromso').map((s) => s.city)).toContain('Tromsø');
    expect(searchSites('Haukeland').map((s) => s.city)).toEqual(['Bergen']);
    expect(searchSites('  ')).toHaveLength(dataset().sites.length);
    expect(searchSites('Paris')).toEqual([]);
  });
});

describe('searchDrugs and searchCohorts', () => {
  it('find drugs by name, brand, company or target gene', () => {
    expect(searchDrugs('selpercatinib').map((d) => d.generic)).toEqual(['selpercatinib']);
    expect(searchDrugs('RET').map((d) => d.generic)).toContain('selpercatinib');
    expect(searchDrugs('')).toHaveLength(dataset().drugs.length);
  });

  it('find each cohort once whichever way it is named', () => {
    expect(ids(searchCohorts('BRCA2'))).toEqual(['olaparib-brca-expansion']);
    expect(ids(searchCohorts('olaparib'))).toEqual(['olaparib-brca-expansion']);
    expect(searchCohorts('')).toHaveLength(cohorts().length);
  });
});

describe('labels', () => {
  it('name a drug by generic and brand, or by class where no drug is named', () => {
    const named = dataset().drugs.find((d) => d.generic === 'olaparib');
    expect(named && drugLabel(named, 'en')).toBe(`olaparib${named?.brand ? ` (${named.brand})` : ''}`);
    const unnamed = dataset().drugs.find((d) => !d.generic);
    if (unnamed) expect(drugLabel(unnamed, 'nb')).toBe(unnamed.drugClass.nb);
  });

  it('say where a site is, marking an unconfirmed town and a missing one', () => {
    for (const s of dataset().sites) {
      const town = siteTown(s, 'en');
      if (s.city) expect(town).toBe(s.city);
      else if (s.cityCandidate) expect(town).toBe(`${s.cityCandidate.city} (not confirmed)`);
      else expect(town).toBe('town not given by the sources');
    }
  });
});

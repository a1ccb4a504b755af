import { dataset } from '../data/dataset';
import type { Cohort } from '../schema/cohort';
import type { Dataset } from '../schema/dataset';
import type { Drug } from '../schema/drug';
import type { Site } from '../schema/site';
import { foldIncludes } from '../text/fold';
import { cohorts } from './cohorts';
import { drugs } from './drugs';
import { sites } from './sites';

/**
 * Sites for what a person typed: a region by any of its names ("Helse Vest", "vestlandet", "the
 * north") gives that region's sites; otherwise a town, hospital or trust name. Empty gives all.
 */
export function searchSites(query: string, data: Dataset = dataset()): Site[] {
  const q = query.trim();
  if (!q) return data.sites;
  // A region names a set of sites on its own; only when the query is no region do town and name count.
  const byRegion = sites({ region: q }, data);
  if (byRegion.length > 0) return byRegion;
  const byTown = sites({ city: q }, data);
  return data.sites.filter((s) => byTown.includes(s) || foldIncludes(q, s.trust, s.trustNb, s.shortName));
}

/** Drugs for what a person typed: generic or brand name, class, company, or a target gene. Empty gives all. */
export function searchDrugs(query: string, data: Dataset = dataset()): Drug[] {
  const q = query.trim();
  const all = drugs({}, data);
  if (!q) return all;
  const company = new Map(data.partners.map((p) => [p.id, p.company]));
  const byTarget = drugs({ target: q }, data);
  return all.filter(
    (d) =>
      foldIncludes(q, d.generic, d.brand, d.drugClass.en, d.drugClass.nb, d.partnerId && company.get(d.partnerId)) ||
      byTarget.includes(d),
  );
}

/** Cohorts for what a person typed: a gene, biomarker, drug or tumour type, each cohort once. Empty gives all. */
export function searchCohorts(query: string, data: Dataset = dataset()): Cohort[] {
  const q = query.trim();
  if (!q) return cohorts({}, data);
  const found = [
    ...cohorts({ gene: q }, data),
    ...cohorts({ biomarker: q }, data),
    ...cohorts({ drug: q }, data),
    ...cohorts({ tumour: q }, data),
  ];
  return [...new Map(found.map((c) => [c.id, c])).values()];
}

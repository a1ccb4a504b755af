import { dataset } from '../data/dataset';
import type { Dataset } from '../schema/dataset';
import { REGIONS, type Site } from '../schema/site';
import { foldEquals, foldIncludes } from '../text/fold';
import { regionNamedIn } from './regions';

/** Filters for {@link sites}; every given filter must match. */
export interface SiteFilter {
  /** A regional health authority: id (`helse-vest`), Norwegian or English name, or an everyday name (`Vestlandet`). */
  region?: string;
  /** A city or town. Also matches a trust's candidate city, which the result marks as unconfirmed. */
  city?: string;
}

function regionMatches(site: Site, query: string): boolean {
  const names = REGIONS[site.region];
  return (
    foldEquals(query, site.region, names.nb) ||
    foldIncludes(query, names.en) ||
    foldEquals(query, names.nb.replace('Helse ', '')) ||
    regionNamedIn(query) === site.region
  );
}

/** Hospital trusts that are study sites, matched case- and diacritic-insensitively ("Tromso" finds Tromsø). */
export function sites(filter: SiteFilter = {}, data: Dataset = dataset()): Site[] {
  return data.sites.filter((s) => {
    if (filter.region && !regionMatches(s, filter.region)) return false;
    if (filter.city && !foldIncludes(filter.city, s.city, s.cityCandidate?.city, ...s.hospitals)) return false;
    return true;
  });
}

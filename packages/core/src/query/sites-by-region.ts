import { dataset } from '../data/dataset';
import type { Dataset } from '../schema/dataset';
import { REGIONS, type Region, type Site } from '../schema/site';

/** The study sites of one regional health authority, split by whether their city's place is known. */
export interface RegionSites {
  region: Region;
  names: (typeof REGIONS)[Region];
  /** Sites with a sourced location: these can be drawn on a map. */
  placed: Site[];
  /** Sites whose city, or its coordinates, no source gives: listed, never placed. */
  unplaced: Site[];
}

/** Every region in a fixed order (south to north), each with its placed and unplaced sites. */
export function sitesByRegion(data: Dataset = dataset()): RegionSites[] {
  return (Object.keys(REGIONS) as Region[]).map((region) => {
    const inRegion = data.sites.filter((s) => s.region === region);
    return {
      region,
      names: REGIONS[region],
      placed: inRegion.filter((s) => s.location !== undefined),
      unplaced: inRegion.filter((s) => s.location === undefined),
    };
  });
}

import type { Lang } from '../schema/common';
import type { Drug } from '../schema/drug';
import type { Site } from '../schema/site';

const TEXT = {
  unconfirmed: { en: 'not confirmed', nb: 'ikke bekreftet' },
  noTown: { en: 'town not given by the sources', nb: 'sted ikke oppgitt i kildene' },
} as const;

/** A drug as lists name it: "olaparib (Lynparza)", or its class where the sources name no drug. */
export function drugLabel(drug: Drug, lang: Lang): string {
  if (!drug.generic) return drug.drugClass[lang];
  return drug.brand ? `${drug.generic} (${drug.brand})` : drug.generic;
}

/** Where a site is: its town, a candidate town marked unconfirmed, or that the sources do not say. */
export function siteTown(site: Site, lang: Lang): string {
  if (site.city) return site.city;
  if (site.cityCandidate) return `${site.cityCandidate.city} (${TEXT.unconfirmed[lang]})`;
  return TEXT.noTown[lang];
}

/** A site's trust name in `lang`. */
export function siteName(site: Site, lang: Lang): string {
  return { en: site.trust, nb: site.trustNb }[lang];
}

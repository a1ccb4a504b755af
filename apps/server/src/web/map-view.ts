import type { Lang, Region, RegionSites, Site } from '@impress-norway/core';
import map from '../generated/map.json';
import { esc, link, section } from './html';
import { STRINGS } from './strings';

/** Marker colour per health region; each has at least 4.5:1 contrast on the page's white. */
export const REGION_COLOURS: Record<Region, string> = {
  'helse-sor-ost': '#1f5fa8',
  'helse-vest': '#b3261e',
  'helse-midt-norge': '#2e6b30',
  'helse-nord': '#6a3d9a',
};

/** Marker radius in map units. */
const MARKER_R = 5;

const positions = map.sites as unknown as Record<string, [number, number] | undefined>;

const siteName = (s: Site, lang: Lang) => (lang === 'nb' ? s.trustNb : s.trust);

function markers(regions: RegionSites[], lang: Lang): string {
  return regions
    .flatMap((r) =>
      r.placed.map((s) => {
        const at = positions[s.id];
        if (!at) throw new Error(`${s.id} has a location but is not on the built map: run the server's build`);
        return `<circle class="marker" data-site="${esc(s.id)}" data-region="${r.region}" cx="${at[0]}" cy="${at[1]}" r="${MARKER_R}" fill="${REGION_COLOURS[r.region]}"><title>${esc(`${siteName(s, lang)}, ${s.city}`)}</title></circle>`;
      }),
    )
    .join('');
}

function coordinates(s: Site, lang: Lang): string {
  const loc = s.location;
  if (!loc) return '';
  const t = STRINGS[lang];
  const text = `${loc.lat.toFixed(3)}° N, ${loc.lon.toFixed(3)}° E`;
  const source = loc.sources[0];
  return ` <span class="coords">(${esc(t.coordinates)}: ${source ? link(source.url, text) : esc(text)})</span>`;
}

function regionList(r: RegionSites, lang: Lang): string {
  const t = STRINGS[lang];
  const swatch = `<svg class="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><circle cx="5" cy="5" r="5" fill="${REGION_COLOURS[r.region]}"/></svg>`;
  const placed = r.placed.map((s) => `<li>${esc(siteName(s, lang))}, ${esc(s.city ?? '')}${coordinates(s, lang)}</li>`);
  const unplaced = r.unplaced.length
    ? `<p class="unplaced-h">${esc(t.unplaced)}:</p><ul class="unplaced">${r.unplaced.map((s) => `<li>${esc(siteName(s, lang))}</li>`).join('')}</ul>`
    : '';
  return `<section class="region" data-region="${r.region}" aria-labelledby="region-${r.region}"><h4 id="region-${r.region}">${swatch} ${esc(r.names[lang])}</h4><ul class="placed">${placed.join('')}</ul>${unplaced}</section>`;
}

/** The sites on an SVG map of Norway drawn at build time, with the list by region as its text alternative. */
export function renderMap(regions: RegionSites[], lang: Lang): string {
  const t = STRINGS[lang];
  const svg = `<svg class="map" viewBox="0 0 ${map.width} ${map.height}" role="img" aria-labelledby="map-t" aria-describedby="by-region-h"><title id="map-t">${esc(t.mapLabel)}</title><path class="land" d="${map.outline}"/>${markers(regions, lang)}</svg>`;
  const list = `<div class="by-region"><h3 id="by-region-h">${esc(t.byRegion)}</h3>${regions.map((r) => regionList(r, lang)).join('')}</div>`;
  return section('map', t.mapHeading, `<p>${esc(t.mapIntro)}</p><div class="map-wrap">${svg}${list}</div>`);
}

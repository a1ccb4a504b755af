// Draws the map of Norway at build time: the outline from Natural Earth (world-atlas), projected with
// d3-geo, and each placed study site's position, written to src/generated/map.json. The server then
// only prints an SVG path: no geography code or data runs or ships at request time.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NORWAY_BOUNDS, sites } from '@impress-norway/core';
import { geoBounds, geoPath, geoTransverseMercator } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The map's width in SVG user units; the height follows from the outline's shape. */
const MAP_WIDTH = 300;
const PADDING = 6;
// ISO 3166-1 numeric code of Norway in world-atlas.
const NORWAY_ID = '578';

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
const countries = feature(topology, topology.objects.countries as GeometryCollection) as unknown as {
  features: Feature<Polygon | MultiPolygon>[];
};
const norway = countries.features.find((f) => String(f.id) === NORWAY_ID);
if (!norway) throw new Error(`world-atlas has no country ${NORWAY_ID} (Norway)`);

// Mainland only: Svalbard, Jan Mayen and Bouvet Island lie outside the bounds the sites are checked against.
const polygons = (
  norway.geometry.type === 'Polygon' ? [norway.geometry.coordinates] : norway.geometry.coordinates
).filter((rings) => {
  const [[west, south], [east, north]] = geoBounds({ type: 'Polygon', coordinates: rings });
  return south >= NORWAY_BOUNDS.lat[0] - 1 && north <= NORWAY_BOUNDS.lat[1] + 0.5 && west >= 3 && east <= 32;
});
const mainland: Feature<MultiPolygon> = {
  type: 'Feature',
  properties: {},
  geometry: { type: 'MultiPolygon', coordinates: polygons },
};

const projection = geoTransverseMercator()
  .rotate([-15, -65])
  .fitWidth(MAP_WIDTH - 2 * PADDING, mainland);
const [[x0, y0], [, y1]] = geoPath(projection).bounds(mainland);
const [tx, ty] = projection.translate();
projection.translate([tx - x0 + PADDING, ty - y0 + PADDING]);
const width = MAP_WIDTH;
const height = Math.ceil(y1 - y0 + 2 * PADDING);
const outline = geoPath(projection).digits(1)(mainland);
if (!outline) throw new Error('the outline of Norway projected to nothing');

const placed: Record<string, [number, number]> = {};
for (const site of sites()) {
  if (!site.location) continue;
  const point = projection([site.location.lon, site.location.lat]);
  if (!point) throw new Error(`${site.id}: its location does not project`);
  placed[site.id] = [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10];
}

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'generated', 'map.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ width, height, outline, sites: placed })}\n`);
console.log(`map: ${outline.length} bytes of outline, ${Object.keys(placed).length} sites placed -> ${out}`);

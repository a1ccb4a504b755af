import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { siteSchema } from '../schema/site';
import { sitesByRegion } from './sites-by-region';

describe('sitesByRegion', () => {
  const regions = sitesByRegion();

  it('lists every site once, under its own region, placed only when it has a sourced location', () => {
    const all = regions.flatMap((r) => [...r.placed, ...r.unplaced]);
    expect(all.map((s) => s.id).sort()).toEqual(
      dataset()
        .sites.map((s) => s.id)
        .sort(),
    );
    for (const r of regions) {
      for (const s of [...r.placed, ...r.unplaced]) expect(s.region).toBe(r.region);
      for (const s of r.placed) {
        expect(s.city).not.toBeNull();
        expect(s.location?.sources.length).toBeGreaterThan(0);
      }
    }
    expect(regions.flatMap((r) => r.unplaced).every((s) => s.location === undefined)).toBe(true);
  });

  it('never places a site whose city no source names', () => {
    const cityless = dataset().sites.filter((s) => s.city === null);
    expect(cityless.length).toBeGreaterThan(0);
    const placed = new Set(regions.flatMap((r) => r.placed).map((s) => s.id));
    for (const s of cityless) expect(placed.has(s.id)).toBe(false);
  });
});

describe('site locations in the schema', () => {
  const site = dataset().sites.find((s) => s.location !== undefined);
  if (!site?.location) throw new Error('no site has a location');

  it('refuses a location on a site without a known city', () => {
    const result = siteSchema.safeParse({ ...site, city: null });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['location']);
  });

  it('refuses a coordinate outside Norway (a typo such as a swapped latitude and longitude)', () => {
    const { lat, lon } = site.location as { lat: number; lon: number };
    expect(siteSchema.safeParse({ ...site, location: { ...site.location, lat: lon, lon: lat } }).success).toBe(false);
  });
});

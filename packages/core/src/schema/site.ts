import { z } from 'zod';
import { fuzzyDateSchema, isoDateSchema, localizedTextSchema } from './common';
import { entityFields } from './entity';
import { sourcesSchema } from './source';

/** Norway's four regional health authorities. */
export const REGIONS = {
  'helse-sor-ost': { nb: 'Helse Sør-Øst', en: 'South-Eastern Norway Regional Health Authority (Helse Sør-Øst)' },
  'helse-vest': { nb: 'Helse Vest', en: 'Western Norway Regional Health Authority (Helse Vest)' },
  'helse-midt-norge': { nb: 'Helse Midt-Norge', en: 'Central Norway Regional Health Authority (Helse Midt-Norge)' },
  'helse-nord': { nb: 'Helse Nord', en: 'Northern Norway Regional Health Authority (Helse Nord)' },
} as const;

/** Id of a regional health authority. */
export const regionSchema = z.enum(['helse-sor-ost', 'helse-vest', 'helse-midt-norge', 'helse-nord']);
/** Id of a regional health authority. */
export type Region = z.infer<typeof regionSchema>;

/** Bounds of mainland Norway in WGS84 degrees, so a typo in a coordinate fails the build. */
export const NORWAY_BOUNDS = { lat: [57.9, 71.2], lon: [4.5, 31.2] } as const;

/** Where a site's city lies: WGS84 degrees from a gazetteer entry, with its own source and as-of date. */
export const siteLocationSchema = z.strictObject({
  lat: z.number().min(NORWAY_BOUNDS.lat[0]).max(NORWAY_BOUNDS.lat[1]),
  lon: z.number().min(NORWAY_BOUNDS.lon[0]).max(NORWAY_BOUNDS.lon[1]),
  asOf: isoDateSchema,
  sources: sourcesSchema,
});
/** Where a site's city lies. */
export type SiteLocation = z.infer<typeof siteLocationSchema>;

/** A hospital trust named as a study site. */
export const siteSchema = z
  .strictObject({
    ...entityFields,
    trust: z.string().min(1),
    /** The trust's name as written in Norwegian. */
    trustNb: z.string().min(1),
    shortName: z.string().optional(),
    hospitals: z.array(z.string()).default([]),
    /** The city of the study site, or null when no source names it. */
    city: z.string().nullable(),
    /** The city's coordinates; only for a site whose city is known (never for a candidate city). */
    location: siteLocationSchema.optional(),
    /** Where a trust's own pages place its cancer work; a candidate, never a confirmed site city. */
    cityCandidate: z.strictObject({ city: z.string(), basis: localizedTextSchema, sources: sourcesSchema }).optional(),
    region: regionSchema,
    roles: z.array(localizedTextSchema).default([]),
    inpredNode: z.boolean().default(false),
    joined: fuzzyDateSchema,
    note: localizedTextSchema.optional(),
  })
  .refine((s) => s.location === undefined || s.city !== null, {
    message: 'a site without a known city cannot have a location',
    path: ['location'],
  });
/** A hospital trust named as a study site. */
export type Site = z.infer<typeof siteSchema>;

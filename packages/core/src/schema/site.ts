import { z } from 'zod';
import { fuzzyDateSchema, localizedTextSchema } from './common';
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

/** A hospital trust named as a study site. */
export const siteSchema = z.strictObject({
  ...entityFields,
  trust: z.string().min(1),
  /** The trust's name as written in Norwegian. */
  trustNb: z.string().min(1),
  shortName: z.string().optional(),
  hospitals: z.array(z.string()).default([]),
  /** The city of the study site, or null when no source names it. */
  city: z.string().nullable(),
  /** Where a trust's own pages place its cancer work; a candidate, never a confirmed site city. */
  cityCandidate: z.strictObject({ city: z.string(), basis: localizedTextSchema, sources: sourcesSchema }).optional(),
  region: regionSchema,
  roles: z.array(localizedTextSchema).default([]),
  inpredNode: z.boolean().default(false),
  joined: fuzzyDateSchema,
  note: localizedTextSchema.optional(),
});
/** A hospital trust named as a study site. */
export type Site = z.infer<typeof siteSchema>;

import { z } from 'zod';
import { fuzzyDateSchema, idSchema, localizedTextSchema } from './common';
import { entityFields } from './entity';

/** One figure in a results snapshot, with its own wording in both languages. */
export const figureSchema = z.strictObject({
  id: idSchema,
  /** The number as the source gives it; null when the source gives none. */
  value: z.number().nullable(),
  unit: z.enum(['patients', 'percent', 'drugs', 'cases', 'years', 'doctors', 'hospitals', 'cohorts']),
  qualifier: z.enum(['exact', 'about', 'more-than', 'at-least']).default('exact'),
  text: localizedTextSchema,
  definition: localizedTextSchema.optional(),
});
/** One figure in a results snapshot. */
export type Figure = z.infer<typeof figureSchema>;

/** Figures reported at one point in time, with data cut-off and definitions. */
export const resultSnapshotSchema = z.strictObject({
  ...entityFields,
  title: localizedTextSchema,
  /** The data window or cut-off the figures describe; unknown when the source gives none. */
  dataCutoff: fuzzyDateSchema,
  dataWindow: localizedTextSchema.optional(),
  reported: fuzzyDateSchema,
  publicationId: idSchema.nullable().default(null),
  /** False for figures about a wider network (e.g. PRIME-ROSE), not IMPRESS-Norway alone. */
  impressOnly: z.boolean().default(true),
  figures: z.array(figureSchema).min(1),
  note: localizedTextSchema.optional(),
});
/** Figures reported at one point in time. */
export type ResultSnapshot = z.infer<typeof resultSnapshotSchema>;

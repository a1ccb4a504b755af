import { z } from 'zod';
import { fuzzyDateSchema, localizedTextSchema } from './common';
import { entityFields } from './entity';

/** A paper or conference abstract about the study. */
export const publicationSchema = z.strictObject({
  ...entityFields,
  kind: z.enum(['protocol', 'results', 'correspondence', 'abstract', 'related']),
  title: z.string().min(1),
  citation: z.string().min(1),
  journal: z.string().min(1),
  published: fuzzyDateSchema,
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/)
    .nullable()
    .default(null),
  pmid: z.string().regex(/^\d+$/).nullable().default(null),
  pmcid: z
    .string()
    .regex(/^PMC\d+$/)
    .nullable()
    .default(null),
  summary: localizedTextSchema,
});
/** A paper or conference abstract about the study. */
export type Publication = z.infer<typeof publicationSchema>;

import { z } from 'zod';
import { fuzzyDateSchema, idSchema, isoDateSchema, localizedTextSchema } from './common';
import { entityFields } from './entity';

/** A regular cohort (stage I-II, 8 + 16 patients) or an expansion cohort (stage III). */
export const cohortKindSchema = z.enum(['regular', 'expansion']);

/** Where a cohort stands. `unknown` when no source gives a current status. */
export const cohortStatusSchema = z.enum(['planned', 'open', 'closed', 'unknown']);
/** Where a cohort stands. */
export type CohortStatus = z.infer<typeof cohortStatusSchema>;

/** One cohort: tumour type x biomarker x drug. */
export const cohortSchema = z.strictObject({
  ...entityFields,
  name: localizedTextSchema,
  kind: cohortKindSchema,
  /** Tumour types covered; null when the cohort is not restricted to a tumour type. */
  tumour: localizedTextSchema.nullable(),
  biomarkerId: idSchema,
  drugIds: z.array(idSchema).min(1),
  status: z.strictObject({ value: cohortStatusSchema, asOf: isoDateSchema, note: localizedTextSchema.optional() }),
  opened: fuzzyDateSchema,
  description: localizedTextSchema,
});
/** One cohort: tumour type x biomarker x drug. */
export type Cohort = z.infer<typeof cohortSchema>;

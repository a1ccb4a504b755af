import { z } from 'zod';
import { localizedTextSchema } from './common';
import { entityFields } from './entity';

/** A molecular change (gene + alteration) that sources tie to IMPRESS-Norway. */
export const biomarkerSchema = z.strictObject({
  ...entityFields,
  genes: z.array(z.string().min(1)).min(1),
  alteration: localizedTextSchema,
  /** Other names for the same marker (HER2 = ERBB2, BRCA1/2). Matching uses these too. */
  aliases: z.array(z.string()).default([]),
  note: localizedTextSchema.optional(),
});
/** A molecular change (gene + alteration) that sources tie to the study. */
export type Biomarker = z.infer<typeof biomarkerSchema>;

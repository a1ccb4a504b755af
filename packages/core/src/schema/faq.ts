import { z } from 'zod';
import { localizedTextSchema } from './common';
import { entityFields } from './entity';

/** A frequently asked question. `answerable: no` keeps honest "not known" answers. */
export const faqEntrySchema = z.strictObject({
  ...entityFields,
  audience: z.enum(['patient', 'clinician', 'administrator']),
  question: localizedTextSchema,
  answer: localizedTextSchema,
  answerable: z.enum(['yes', 'partial', 'no']),
  keywords: z.array(z.string()).default([]),
});
/** A frequently asked question with its sourced answer. */
export type FaqEntry = z.infer<typeof faqEntrySchema>;

import { z } from 'zod';
import { isoDateSchema, localizedTextSchema } from './common';
import { entityFields } from './entity';
import { sourcesSchema } from './source';

/** A trial or network related to IMPRESS-Norway (DRUP, the Nordic sister trials, EU projects). */
export const relatedTrialSchema = z.strictObject({
  ...entityFields,
  name: z.string().min(1),
  fullName: z.string().optional(),
  kind: z.enum(['trial', 'network', 'project']),
  /** ISO 3166-1 alpha-2 country code. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  registryId: z.string().optional(),
  lead: z.string().optional(),
  relation: localizedTextSchema,
  facts: z
    .array(z.strictObject({ text: localizedTextSchema, asOf: isoDateSchema.optional(), sources: sourcesSchema }))
    .default([]),
});
/** A trial or network related to IMPRESS-Norway. */
export type RelatedTrial = z.infer<typeof relatedTrialSchema>;

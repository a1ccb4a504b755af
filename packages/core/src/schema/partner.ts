import { z } from 'zod';
import { fuzzyDateSchema, localizedTextSchema } from './common';
import { entityFields } from './entity';

/** A pharmaceutical company that supplies drugs to the study. */
export const pharmaPartnerSchema = z.strictObject({
  ...entityFields,
  company: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  joined: fuzzyDateSchema,
  contribution: localizedTextSchema,
  /** Treatment places the company offers, when a source gives a number. */
  slots: z.number().int().positive().nullable().default(null),
});
/** A pharmaceutical company that supplies drugs to the study. */
export type PharmaPartner = z.infer<typeof pharmaPartnerSchema>;

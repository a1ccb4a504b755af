import { z } from 'zod';
import { fuzzyDateSchema, localizedTextSchema } from './common';
import { entityFields } from './entity';
import { sourcesSchema } from './source';

/** One dated version of a fact on which sources disagree. */
export const factVersionSchema = z.strictObject({
  value: localizedTextSchema,
  /** The number the version states, when it is a count or an amount. */
  number: z.number().nullable().optional(),
  date: fuzzyDateSchema,
  sources: sourcesSchema,
});
/** One dated version of a fact on which sources disagree. */
export type FactVersion = z.infer<typeof factVersionSchema>;

/**
 * A fact that sources disagree on (number of hospitals, recruitment status, minimum age, enrollment
 * target). All versions are kept with their dates and sources; queries say which is newest.
 */
export const disputedFactSchema = z.strictObject({
  ...entityFields,
  topic: localizedTextSchema,
  versions: z.array(factVersionSchema).min(2, 'a disputed fact has at least two versions'),
  comment: localizedTextSchema.optional(),
  keywords: z.array(z.string()).default([]),
});
/** A fact that sources disagree on, with every dated version. */
export type DisputedFact = z.infer<typeof disputedFactSchema>;

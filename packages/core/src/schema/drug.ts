import { z } from 'zod';
import { fuzzyDateSchema, idSchema, localizedTextSchema } from './common';
import { entityFields } from './entity';
import { sourcesSchema } from './source';

/** A study drug, or a drug class where the sources name only the class. */
export const drugSchema = z.strictObject({
  ...entityFields,
  /** Generic name; null when the sources name only the class (e.g. "a BRAF inhibitor from Novartis"). */
  generic: z.string().nullable(),
  brand: z.string().nullable().default(null),
  drugClass: localizedTextSchema,
  /** Partner company id, when a source links the drug to a company. */
  partnerId: idSchema.nullable().default(null),
  /** Molecular target(s) as gene or protein symbols, when a source gives them. */
  targets: z.array(z.string()).default([]),
  /**
   * What the drug acts on, as pharmacology (the EMA's product information), kept apart from what is
   * known about its use in IMPRESS-Norway (`note`, `biomarkerIds`), with sources of its own.
   */
  pharmacology: z.strictObject({ mechanism: localizedTextSchema, sources: sourcesSchema }).optional(),
  /** Biomarkers the drug is matched to in IMPRESS-Norway, when a source says so. */
  biomarkerIds: z.array(idSchema).default([]),
  added: fuzzyDateSchema,
  note: localizedTextSchema.optional(),
  /** True when the drug is known only from the registry record's list of treatment terms. */
  registryTermOnly: z.boolean().default(false),
});
/** A study drug, or a drug class where the sources name only the class. */
export type Drug = z.infer<typeof drugSchema>;

import { z } from 'zod';
import { entityFields } from './entity';

/** A gene by its official symbol and the other names people use for it (nomenclature only). */
export const geneSchema = z.strictObject({
  ...entityFields,
  /** The HGNC symbol, such as ERBB2. */
  symbol: z.string().min(1),
  /** Other names and common variant names: HER2, HER2/neu for ERBB2; BRAF V600E for BRAF. */
  aliases: z.array(z.string()).default([]),
  /** The official (English) gene name. */
  name: z.string().min(1),
});
/** A gene by its official symbol and the other names people use for it. */
export type Gene = z.infer<typeof geneSchema>;

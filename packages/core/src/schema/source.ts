import { z } from 'zod';
import { idSchema, webUrlSchema } from './common';

/** Languages that sources about the study are written in (nynorsk and Swedish occur too). */
export const sourceLangSchema = z.enum(['en', 'nb', 'nn', 'sv', 'da', 'fi', 'nl']);

/** A public web page or paper that a fact comes from. */
export const sourceSchema = z.strictObject({
  id: idSchema,
  url: webUrlSchema,
  title: z.string().trim().min(1),
  publisher: z.string().trim().min(1),
  lang: sourceLangSchema.optional(),
});
/** A public web page or paper that a fact comes from. */
export type Source = z.infer<typeof sourceSchema>;

/** Every fact cites at least one source. */
export const sourcesSchema = z.array(sourceSchema).min(1, 'every fact needs at least one source');

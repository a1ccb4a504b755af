import { z } from 'zod';
import { fuzzyDateSchema, localizedTextSchema, webUrlSchema } from './common';
import { entityFields } from './entity';
import { sourceLangSchema } from './source';

/** Tags for news items; feeds and subscriptions filter on them. */
export const newsTagSchema = z.enum([
  'milestone',
  'funding',
  'partner',
  'drug',
  'cohort',
  'site',
  'results',
  'publication',
  'collaboration',
  'policy',
  'media',
]);
/** A news tag. */
export type NewsTag = z.infer<typeof newsTagSchema>;

/** A news item about the study, summarised in our own words in both languages. */
export const newsItemSchema = z.strictObject({
  ...entityFields,
  date: fuzzyDateSchema,
  title: localizedTextSchema,
  summary: localizedTextSchema,
  url: webUrlSchema,
  publisher: z.string().min(1),
  /** Language of the original article. */
  originalLang: sourceLangSchema,
  tags: z.array(newsTagSchema).min(1),
});
/** A news item about the study. */
export type NewsItem = z.infer<typeof newsItemSchema>;

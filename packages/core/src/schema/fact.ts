import { z } from 'zod';
import { localizedTextSchema } from './common';
import { entityFields } from './entity';

/** What part of the study a fact describes. */
export const factTopicSchema = z.enum([
  'design',
  'eligibility',
  'profiling',
  'tumour-board',
  'follow-up',
  'endpoints',
  'payment',
  'organisation',
  'drugs',
  'sites',
  'origin',
  'contact',
]);
/** What part of the study a fact describes. */
export type FactTopic = z.infer<typeof factTopicSchema>;

/** A sourced statement about how the study works, in both languages. */
export const studyFactSchema = z.strictObject({
  ...entityFields,
  topic: factTopicSchema,
  title: localizedTextSchema,
  text: localizedTextSchema,
  /** Extra search words (abbreviations, synonyms) that help people find this fact. */
  keywords: z.array(z.string()).default([]),
});
/** A sourced statement about how the study works. */
export type StudyFact = z.infer<typeof studyFactSchema>;

/** Something the public sources do not tell, said plainly rather than filled in. */
export const gapSchema = z.strictObject({
  ...entityFields,
  text: localizedTextSchema,
  keywords: z.array(z.string()).default([]),
});
/** Something the public sources do not tell. */
export type Gap = z.infer<typeof gapSchema>;

import { z } from 'zod';
import { fuzzyDateSchema, idSchema, localizedTextSchema, webUrlSchema } from './common';
import { entityFields } from './entity';
import { sourcesSchema } from './source';

/** One dated milestone in the life of the study. */
export const milestoneSchema = z.strictObject({
  id: idSchema,
  date: fuzzyDateSchema,
  text: localizedTextSchema,
  sources: sourcesSchema,
});
/** One dated milestone in the life of the study. */
export type Milestone = z.infer<typeof milestoneSchema>;

/** The study itself: identifiers, sponsor, design and key dates. */
export const studySchema = z.strictObject({
  ...entityFields,
  name: z.string().min(1),
  alsoWrittenAs: z.array(z.string()).default([]),
  officialTitle: z.string().min(1),
  summary: localizedTextSchema,
  identifiers: z.strictObject({
    nct: z.string().regex(/^NCT\d{8}$/),
    eudract: z.string().regex(/^\d{4}-\d{6}-\d{2}$/),
    euCt: z.string().nullable(),
    euCtNote: localizedTextSchema.optional(),
  }),
  sponsorId: idSchema,
  phase: localizedTextSchema,
  design: z.array(localizedTextSchema).min(1),
  offLabelPrinciple: localizedTextSchema,
  websites: z
    .array(z.strictObject({ url: webUrlSchema, lang: z.enum(['en', 'nb']), role: localizedTextSchema }))
    .min(1),
  milestones: z.array(milestoneSchema).min(1),
  plannedEnd: fuzzyDateSchema,
  plannedEndNote: localizedTextSchema.optional(),
  /** How registries classify the study (FHIR ResearchStudy category, keyword, condition), in English. */
  classification: z.strictObject({
    category: z.array(z.string().min(1)).min(1),
    keywords: z.array(z.string().min(1)),
    condition: z.string().min(1),
  }),
});
/** The study itself: identifiers, sponsor, design and key dates. */
export type Study = z.infer<typeof studySchema>;

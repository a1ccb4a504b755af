import {
  answerSchema,
  gapSchema,
  LANGS,
  MAX_QUESTION_LENGTH,
  newsItemSchema,
  organisationSchema,
  pharmaPartnerSchema,
  siteSchema,
  studyFactSchema,
  studySchema,
} from '@impress-norway/core';
import { z } from 'zod';

// The API's bodies are core's own schemas; only the envelopes are defined here, so the OpenAPI
// description cannot drift from what core validates.

/** Most news items one request may ask for. */
export const MAX_NEWS_LIMIT = 100;

/** Every error the API sends. */
export const apiErrorSchema = z.strictObject({
  status: z.number().int().min(400).max(599),
  message: z.string().min(1),
});

/** `GET /api/study`: the study at a glance (core's `studyOverview()`). */
export const studyResponseSchema = z.strictObject({
  study: studySchema,
  sponsor: organisationSchema,
  eligibility: z.array(studyFactSchema),
  partners: z.array(pharmaPartnerSchema),
  gaps: z.array(gapSchema),
});

/** `GET /api/sites`: every study site; `location` only where a source gives the city's coordinates. */
export const sitesResponseSchema = z.strictObject({ sites: z.array(siteSchema) });

/** `GET /api/news`: news items, newest first. */
export const newsResponseSchema = z.strictObject({ items: z.array(newsItemSchema) });

/** The query of `GET /api/ask`. */
export const askQuerySchema = z.object({
  q: z.string().trim().min(1).max(MAX_QUESTION_LENGTH).meta({ description: 'The question, in Norwegian or English.' }),
  lang: z.enum(LANGS).optional().meta({ description: 'Answer language; detected from the question when left out.' }),
});

/** The query of `GET /api/news`. */
export const newsQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_NEWS_LIMIT)
    .optional()
    .meta({ description: 'At most this many items.' }),
  since: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .optional()
    .meta({ description: 'Only items dated on or after this ISO date.' }),
});

export { answerSchema };

import { type ZodType, z } from 'zod';
import { createDocument } from 'zod-openapi';
import {
  answerSchema,
  apiErrorSchema,
  askQuerySchema,
  newsQuerySchema,
  newsResponseSchema,
  sitesResponseSchema,
  studyResponseSchema,
} from './api-schemas';

const json = (schema: ZodType, description: string) => ({
  description,
  headers: z.object({
    ETag: z.string().meta({ description: 'Entity tag of the body; send it back in If-None-Match for a 304.' }),
    'Cache-Control': z.string().meta({ description: 'How long the response may be reused.' }),
  }),
  content: { 'application/json': { schema } },
});
const error = (description: string) => ({ description, content: { 'application/json': { schema: apiErrorSchema } } });
const notModified = { description: 'Not modified: the If-None-Match entity tag still matches.' };

function get(summary: string, ok: ReturnType<typeof json>, extra: Record<string, unknown> = {}) {
  return {
    get: {
      summary,
      ...extra,
      responses: { '200': ok, '304': notModified, '400': error('Bad query.'), '429': error('Too many requests.') },
    },
  };
}

let cached: ReturnType<typeof createDocument> | undefined;

/** The OpenAPI 3.1 description of `/api/`, generated from the zod schemas the responses are built from. */
export function openApiDocument(): ReturnType<typeof createDocument> {
  cached ??= createDocument({
    openapi: '3.1.0',
    info: {
      title: 'IMPRESS-Norway API',
      version: '1.0.0',
      description:
        'Read-only, sourced facts about the IMPRESS-Norway trial (NCT04817956). Every answer cites its sources. This API does not give medical advice.',
    },
    paths: {
      '/api/ask': get(
        'Ask a question about the study',
        json(answerSchema, 'The answer, with its kind, sources and as-of date.'),
        {
          requestParams: { query: askQuerySchema },
        },
      ),
      '/api/study': get(
        'The study at a glance',
        json(studyResponseSchema, 'Identifiers, sponsor, design, eligibility, partners and gaps.'),
      ),
      '/api/sites': get(
        'The study sites',
        json(sitesResponseSchema, 'Every study site, with coordinates where a source gives them.'),
      ),
      '/api/news': get('News, newest first', json(newsResponseSchema, 'News items.'), {
        requestParams: { query: newsQuerySchema },
      }),
    },
    components: {
      schemas: {
        Answer: answerSchema,
        Study: studyResponseSchema,
        Sites: sitesResponseSchema,
        News: newsResponseSchema,
        Error: apiErrorSchema,
      },
    },
  });
  return cached;
}

import { z } from 'zod';
import { localizedTextSchema, webUrlSchema } from './common';
import { entityFields } from './entity';

/** What kind of body an organisation is. */
export const organisationKindSchema = z.enum([
  'hospital',
  'health-authority',
  'company',
  'research',
  'infrastructure',
  'funder',
  'network',
  'association',
  'registry',
  'foundation',
  'government',
]);

/** An organisation named in the sources, with its role in or around the study. */
export const organisationSchema = z.strictObject({
  ...entityFields,
  name: localizedTextSchema,
  shortName: z.string().optional(),
  kind: organisationKindSchema,
  role: localizedTextSchema,
  url: webUrlSchema.optional(),
});
/** An organisation named in the sources, with its role. */
export type Organisation = z.infer<typeof organisationSchema>;

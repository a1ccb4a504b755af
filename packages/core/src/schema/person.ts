import { z } from 'zod';
import { idSchema, isoDateSchema, localizedTextSchema } from './common';
import { entityFields } from './entity';
import { sourcesSchema } from './source';

/** One role a person holds, with its own sources and, where known, date. */
export const personRoleSchema = z.strictObject({
  role: localizedTextSchema,
  /** True for the person's roles in IMPRESS-Norway itself, false for roles elsewhere. */
  inStudy: z.boolean().default(true),
  /** What the role is, where exports need to know (FHIR's principal investigator); most roles have none. */
  kind: z.enum(['principal-investigator']).optional(),
  asOf: isoDateSchema.optional(),
  sources: sourcesSchema,
});
/** One role a person holds. */
export type PersonRole = z.infer<typeof personRoleSchema>;

/** A person named in public sources, with every role they are named in. */
export const personSchema = z.strictObject({
  ...entityFields,
  name: z.string().min(1),
  organisationIds: z.array(idSchema).default([]),
  roles: z.array(personRoleSchema).min(1),
});
/** A person named in public sources. */
export type Person = z.infer<typeof personSchema>;

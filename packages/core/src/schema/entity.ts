import { idSchema, isoDateSchema } from './common';
import { sourcesSchema } from './source';

/**
 * Fields every entity carries: a stable id, at least one source and the date the fact was known to
 * hold. Where a source gives no date, `asOf` is the date the sources were read.
 */
export const entityFields = {
  id: idSchema,
  sources: sourcesSchema,
  asOf: isoDateSchema,
};

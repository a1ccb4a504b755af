import { z } from 'zod';
import { fuzzyDateSchema, localizedTextSchema } from './common';
import { entityFields } from './entity';

/** A sum of money as the source states it. */
export const moneySchema = z.strictObject({
  value: z.number().nonnegative(),
  currency: z.enum(['NOK', 'EUR']),
  /** `more-than` and `up-to` keep the source's own hedging. */
  qualifier: z.enum(['exact', 'more-than', 'up-to']).default('exact'),
});
/** A sum of money as the source states it. */
export type Money = z.infer<typeof moneySchema>;

/** A grant, budget item or contribution to the study or the initiative around it. */
export const fundingEventSchema = z.strictObject({
  ...entityFields,
  title: localizedTextSchema,
  amount: moneySchema.nullable(),
  funder: localizedTextSchema,
  date: fuzzyDateSchema,
  /** False when the money goes to the wider initiative (diagnostics, EU networks), not the trial itself. */
  directToTrial: z.boolean(),
  description: localizedTextSchema,
});
/** A grant, budget item or contribution. */
export type FundingEvent = z.infer<typeof fundingEventSchema>;

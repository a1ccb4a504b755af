import { z } from 'zod';

/** The two languages every user-facing text is written in: English and Norwegian bokmål. */
export const LANGS = ['en', 'nb'] as const;

/** A user-facing language code. */
export const langSchema = z.enum(LANGS);
/** A user-facing language code: `en` or `nb`. */
export type Lang = z.infer<typeof langSchema>;

const nonBlank = z.string().trim().min(1, 'must not be empty');

/** Text a user reads, in English and Norwegian bokmål. Both are required. */
export const localizedTextSchema = z.strictObject({ en: nonBlank, nb: nonBlank });
/** Text a user reads, in English and Norwegian bokmål. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A stable identifier: lower-case letters, digits and single hyphens (`olaparib-brca-expansion`). */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9 and single hyphens)');

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and names a real calendar date. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day <= last;
}

/** An ISO 8601 calendar date at day, month or year precision: `2021-04-01`, `2021-04` or `2021`. */
export const isoDateSchema = z.string().refine(isIsoDate, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

/** How precisely a date is known. `unknown` means no source dates it. */
export const datePrecisionSchema = z.enum(['day', 'month', 'year', 'unknown']);
/** How precisely a date is known. */
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

/** The precision implied by the form of an ISO date string. */
export function precisionOf(value: string): Exclude<DatePrecision, 'unknown'> {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

const fuzzyDateObjectSchema = z
  .strictObject({
    precision: datePrecisionSchema,
    value: isoDateSchema.nullable(),
    /** Earliest date the event can have happened, when only a bound is known. */
    notBefore: isoDateSchema.optional(),
    /** Latest date the event can have happened, when only a bound is known. */
    notAfter: isoDateSchema.optional(),
    /** True when the date follows from other dated sources rather than being stated by one. */
    inferred: z.boolean().optional(),
    note: localizedTextSchema.optional(),
  })
  .refine((d) => (d.value === null) === (d.precision === 'unknown'), {
    message: 'precision must be "unknown" exactly when value is null',
  })
  .refine((d) => d.value === null || precisionOf(d.value) === d.precision, {
    message: 'precision does not match the form of value',
    path: ['precision'],
  });

/**
 * A date with its precision. Authors may write a plain string (`2021-04`), `null` for an undated
 * event, or the full object with bounds. An undated item stays undated: no day is ever invented.
 */
export const fuzzyDateSchema = z.preprocess((input) => {
  if (input === null || input === undefined) return { precision: 'unknown', value: null };
  if (typeof input === 'string') return { precision: isIsoDate(input) ? precisionOf(input) : 'day', value: input };
  if (typeof input === 'object' && !('precision' in input)) {
    const value = (input as { value?: unknown }).value;
    const precision = typeof value === 'string' && isIsoDate(value) ? precisionOf(value) : 'unknown';
    return { ...input, value: value ?? null, precision };
  }
  return input;
}, fuzzyDateObjectSchema);
/** A date with its precision, and optional bounds when only a range is known. */
export type FuzzyDate = z.infer<typeof fuzzyDateSchema>;

/**
 * A link to a public page: http(s) only. Every URL in the content ends up in an `href` on the web
 * page, in the API and in the bots' messages, where `javascript:` or `data:` would run or mislead.
 */
export const webUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

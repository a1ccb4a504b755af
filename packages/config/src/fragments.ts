import { z } from 'zod';

/** A text setting: trimmed, and unset when empty (an empty `FOO=` line means "not set"). */
export const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** An http(s) URL setting, or unset. */
export const optionalUrl = optionalText.pipe(
  z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
);

/** A TCP port setting (0 to 65535), or unset. */
export const optionalPort = optionalText.pipe(
  z.coerce
    .number<string>()
    .int('must be a port number')
    .min(0, 'must be a port number')
    .max(65535, 'must be a port number')
    .optional(),
);

/** A whole number setting from `min` to `max`, `fallback` when unset. */
export function wholeNumber(fallback: number, min: number, max: number) {
  const message = `must be a whole number from ${min} to ${max}`;
  return optionalText.pipe(
    z.coerce.number<string>(message).int(message).min(min, message).max(max, message).default(fallback),
  );
}

/** Log levels every process accepts (the bots' SDK loggers know these four). */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
/** One of {@link LOG_LEVELS}. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Answer languages. */
export const LANGUAGES = ['nb', 'en'] as const;

/**
 * What every process reads alike: the database, the log level and the default answer language.
 * Each app extends it with its own settings (`commonEnv.extend({ ... })`), so a setting is parsed one
 * way everywhere: LOG_LEVEL=trace fails in every process, not only after the server passed it on.
 */
export const commonEnv = z.object({
  DATABASE_URL: optionalText,
  LOG_LEVEL: optionalText.pipe(z.enum(LOG_LEVELS, 'must be debug, info, warn or error').default('info')),
  IMPRESS_DEFAULT_LANG: optionalText.pipe(z.enum(LANGUAGES, 'must be nb or en').default('nb')),
});

/** The issues of a failed parse, one per line: `  NAME: what is wrong`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
}

/** One setting a parse refused: its name, what is wrong, and the value it had (trimmed). */
export interface EnvProblem {
  name: string;
  message: string;
  value: string;
}

/** Parses an environment with a schema built from these fragments; the problems name each bad setting. */
export function checkEnv<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined>,
): { ok: true; data: z.output<S> } | { ok: false; problems: EnvProblem[] } {
  const parsed = schema.safeParse(env);
  if (parsed.success) return { ok: true, data: parsed.data };
  const problems = parsed.error.issues.map((i) => {
    const name = String(i.path[0] ?? '');
    return { name, message: i.message, value: String(env[name] ?? '').trim() };
  });
  return { ok: false, problems };
}

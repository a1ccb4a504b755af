import pino, { type Logger } from 'pino';

// Secrets that may appear inside strings: Slack tokens, Discord bot tokens after "Bot ", bearer
// tokens and signing secrets in query strings.
const SECRET_PATTERNS: RegExp[] = [
  /\bxox[abposr]-[A-Za-z0-9-]+/g,
  /\bxapp-[A-Za-z0-9-]+/g,
  /\b(Bot|Bearer)\s+[A-Za-z0-9._-]{10,}/g,
  /\b[MNO][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,}/g,
];

/** Credentials inside URLs: userinfo, and the whole query (private feeds keep their tokens there). */
const URL_PATTERNS: Array<[RegExp, string]> = [
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s@"'?#]*@/gi, '$1[Redacted]@'],
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s"'?#]*)\?[^\s"'#]*/gi, '$1?[Redacted]'],
];

/** Replaces token-looking substrings, URL credentials and URL queries with `[Redacted]`. */
export function scrub(text: string): string {
  const tokensGone = SECRET_PATTERNS.reduce((out, p) => out.replace(p, '[Redacted]'), text);
  return URL_PATTERNS.reduce((out, [p, to]) => out.replace(p, to), tokensGone);
}

/** Deepest nesting scrubbed; anything deeper is cut rather than logged unchecked. */
const MAX_DEPTH = 8;

/**
 * Scrubs every string in a logged value, however deep, and turns errors into plain objects (type,
 * message, stack, code, cause) first, since pino would otherwise serialize them after this hook.
 */
export function scrubValue(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return scrub(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH || seen.has(value)) return '[Cut]';
  seen.add(value);
  if (value instanceof Error) {
    const e = value as Error & { code?: unknown; cause?: unknown };
    return scrubValue(
      {
        type: e.name,
        message: e.message,
        stack: e.stack,
        ...(e.code !== undefined ? { code: e.code } : {}),
        ...(e.cause !== undefined ? { cause: e.cause } : {}),
      },
      depth + 1,
      seen,
    );
  }
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, depth + 1, seen));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, depth + 1, seen)]));
}

/** Field paths pino removes wherever they appear in a logged object. */
export const REDACT_PATHS = [
  'token',
  'botToken',
  'appToken',
  'clientSecret',
  'stateSecret',
  'signingSecret',
  'encryptionKey',
  'password',
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.clientSecret',
  '*.stateSecret',
  '*.signingSecret',
  '*.encryptionKey',
  '*.password',
  '*.authorization',
];

/**
 * The structured (JSON) logger. Known secret fields are redacted by path, and every string logged,
 * in messages, error objects and nested values, has tokens and URL credentials and queries scrubbed.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'impress-norway' },
      redact: { paths: REDACT_PATHS, censor: '[Redacted]' },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>);
        },
      },
      // scrubValue turns errors into plain objects itself; pino's own err serializer would re-type them.
      serializers: { err: (e: unknown) => e },
      formatters: {
        level: (label) => ({ level: label }),
        // Every logged object, errors and nested values included, not only string arguments.
        log: (object) => scrubValue(object) as Record<string, unknown>,
      },
    },
    destination,
  );
}

import pino, { type Logger } from 'pino';

// Secrets that may appear inside strings: Slack tokens, Discord bot tokens after "Bot ", bearer
// tokens and signing secrets in query strings.
const SECRET_PATTERNS: RegExp[] = [
  /\bxox[abposr]-[A-Za-z0-9-]+/g,
  /\bxapp-[A-Za-z0-9-]+/g,
  /\b(Bot|Bearer)\s+[A-Za-z0-9._-]{10,}/g,
  /\b[MNO][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,}/g,
];

/** Replaces token-looking substrings with `[Redacted]`. */
export function scrub(text: string): string {
  return SECRET_PATTERNS.reduce((out, p) => out.replace(p, '[Redacted]'), text);
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
 * The structured (JSON) logger. Known secret fields are redacted by path, and any string that looks
 * like a token is scrubbed from messages too, so a secret never reaches a log.
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
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { ask, explain } from '../ask/ask';
import { checkContent } from '../content/check';
import { dataset } from '../data/dataset';
import { toFhirResearchStudy } from '../export/fhir';
import { toJsonLd } from '../export/jsonld';
import { isIsoDate } from '../schema/common';
import { newsTagSchema } from '../schema/news';
import { formatAnswer, formatExplained, runBatch } from './ask-command';
import {
  aboutCommand,
  type CommandOptions,
  type CommandOutput,
  cohortsCommand,
  drugsCommand,
  faqCommand,
  newsCommand,
  sitesCommand,
} from './commands';

/** Where the CLI reads and writes; tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  stdin?: Readable;
}

/** A usage error: printed with a hint and exit code 2. */
export class UsageError extends Error {}

type Handler = (options: CommandOptions) => CommandOutput;

const COMMANDS: Record<string, { handler?: Handler; flags: string[]; summary: string }> = {
  about: { handler: aboutCommand, flags: [], summary: 'the study: identifiers, sponsor, design, status' },
  cohorts: {
    handler: cohortsCommand,
    flags: ['gene', 'biomarker', 'tumour', 'drug'],
    summary: 'cohorts (tumour type x biomarker x drug)',
  },
  drugs: { handler: drugsCommand, flags: ['target', 'company'], summary: 'study drugs named in sources' },
  sites: { handler: sitesCommand, flags: ['region', 'city'], summary: 'participating hospital trusts' },
  news: { handler: newsCommand, flags: ['since', 'tag', 'limit'], summary: 'news, newest first' },
  faq: { handler: faqCommand, flags: [], summary: 'frequently asked questions' },
  export: { flags: [], summary: 'export fhir | jsonld: the study as FHIR R4 ResearchStudy or schema.org JSON-LD' },
  ask: {
    flags: [],
    summary: 'ask "question": a sourced answer (--batch reads JSON lines {id, q, lang} on stdin; --explain shows why)',
  },
  content: {
    flags: ['max-age-days', 'today'],
    summary: 'content check: stale facts, untranslated text, non-https sources (--strict exits 1)',
  },
};

export const HELP = `impress: IMPRESS-Norway (NCT04817956) from the command line

Usage: impress <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}${c.flags.length ? ` (--${c.flags.join(', --')})` : ''}`)
  .join('\n')}

Options:
  --json         print JSON instead of text
  --lang nb|en   language of the text (default en)
  -h, --help     show this help
`;

function validate(flags: Record<string, string | undefined>): void {
  if (flags.limit !== undefined && !/^\d+$/.test(flags.limit))
    throw new UsageError(`--limit must be a whole number, got "${flags.limit}"`);
  if (flags.since !== undefined && !isIsoDate(flags.since))
    throw new UsageError(`--since must be a date such as 2024-01-31, got "${flags.since}"`);
  if (flags.tag !== undefined && !newsTagSchema.safeParse(flags.tag).success) {
    throw new UsageError(`--tag must be one of ${newsTagSchema.options.join(', ')}`);
  }
}

interface Parsed {
  command: string;
  spec: (typeof COMMANDS)[string];
  lang: 'en' | 'nb';
  langGiven: boolean;
  flags: Record<string, string | undefined>;
  json: boolean;
  batch: boolean;
  explain: boolean;
  strict: boolean;
  help: boolean;
  positionals: string[];
}

function parse(argv: string[]): Parsed | { command: 'help' } {
  const [command, ...rest] = argv;
  const spec = command ? COMMANDS[command] : undefined;
  if (!command || command === 'help' || command === '--help' || command === '-h') return { command: 'help' as const };
  if (!spec) throw new UsageError(`unknown command "${command}"`);
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    json: { type: 'boolean' },
    batch: { type: 'boolean' },
    explain: { type: 'boolean' },
    strict: { type: 'boolean' },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  };
  for (const flag of spec.flags) options[flag] = { type: 'string' };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const lang = values.lang ?? 'en';
  if (lang !== 'en' && lang !== 'nb') throw new UsageError(`--lang must be nb or en, got "${String(lang)}"`);
  const flags = Object.fromEntries(spec.flags.map((f) => [f, values[f] as string | undefined]));
  validate(flags);
  return {
    command,
    spec,
    lang,
    langGiven: values.lang !== undefined,
    flags,
    json: values.json === true,
    batch: values.batch === true,
    explain: values.explain === true,
    strict: values.strict === true,
    help: values.help === true,
    positionals: parsed.positionals,
  };
}

function isHelp(p: Parsed | { command: 'help' }): p is { command: 'help' } {
  return p.command === 'help';
}

function usage(io: CliIo, message: string): number {
  io.err(`impress: ${message}\nRun "impress --help" for usage.\n`);
  return 2;
}

async function runAsk(p: Parsed, io: CliIo): Promise<number> {
  if (p.batch) {
    if (!p.json) return usage(io, '--batch needs --json (it writes one JSON answer per line)');
    if (p.positionals.length > 0) return usage(io, '--batch reads questions from stdin, not from arguments');
    if (!io.stdin) return usage(io, '--batch needs standard input');
    const invalid = await runBatch(io.stdin, io.out);
    if (invalid > 0) io.err(`impress: ${invalid} input line(s) were not {"id", "q"} objects; see the error lines\n`);
    return invalid > 0 ? 1 : 0;
  }
  const question = p.positionals.join(' ');
  if (!question.trim()) return usage(io, 'ask needs a question, e.g. impress ask "Which hospitals take part?"');
  // Without --lang the question's own language decides.
  const options = p.langGiven ? { lang: p.lang } : {};
  if (p.explain) {
    const { answer, trace } = explain(question, options);
    io.out(p.json ? `${JSON.stringify({ answer, trace })}\n` : formatExplained(answer, trace));
    return 0;
  }
  const answer = ask(question, options);
  io.out(p.json ? `${JSON.stringify(answer)}\n` : formatAnswer(answer));
  return 0;
}

function runContentCheck(p: Parsed, io: CliIo): number {
  if (p.positionals[0] !== 'check') return usage(io, 'content needs a subcommand: impress content check');
  const maxAge = p.flags['max-age-days'] ?? '365';
  if (!/^\d+$/.test(maxAge)) return usage(io, `--max-age-days must be a whole number, got "${maxAge}"`);
  const today = p.flags.today ?? new Date().toISOString().slice(0, 10);
  if (!isIsoDate(today) || today.length !== 10)
    return usage(io, `--today must be a date such as 2026-11-29, got "${today}"`);
  const findings = checkContent(dataset(), { today, maxAgeDays: Number(maxAge) });
  if (p.json) io.out(`${JSON.stringify({ today, maxAgeDays: Number(maxAge), findings }, null, 2)}\n`);
  else {
    const count = (k: string) => findings.filter((f) => f.kind === k).length;
    io.out(
      `Content check (${today}, stale after ${maxAge} days): ${count('stale')} stale, ${count('untranslated')} untranslated, ${count('not-https')} not https\n`,
    );
    for (const f of findings) io.out(`  ${f.kind.padEnd(12)} ${f.where}: ${f.detail}\n`);
  }
  return p.strict && findings.length > 0 ? 1 : 0;
}

/**
 * Runs the `impress` CLI.
 *
 * @returns The exit code: 0 on success, 2 on a usage error.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let p: Parsed | { command: 'help' };
  try {
    p = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`impress: ${error.message}\nRun "impress --help" for usage.\n`);
    return 2;
  }
  if (isHelp(p) || p.help) {
    io.out(HELP);
    return 0;
  }
  if (p.command === 'export') {
    const format = p.positionals[0];
    if (format !== 'fhir' && format !== 'jsonld') {
      io.err('impress: export needs a format: fhir or jsonld\nRun "impress --help" for usage.\n');
      return 2;
    }
    io.out(`${JSON.stringify(format === 'fhir' ? toFhirResearchStudy() : toJsonLd(), null, 2)}\n`);
    return 0;
  }
  if (p.command === 'ask') return runAsk(p, io);
  if (p.command === 'content') return runContentCheck(p, io);
  if (p.batch) return usage(io, '--batch goes with the ask command');
  if (p.positionals.length > 0) {
    io.err(`impress: unexpected argument "${p.positionals[0]}"\nRun "impress --help" for usage.\n`);
    return 2;
  }
  const handler = p.spec.handler;
  if (!handler) throw new Error(`command "${p.command}" has no handler`);
  const output = handler({ lang: p.lang, flags: p.flags });
  io.out(p.json ? `${JSON.stringify(output.json, null, 2)}\n` : `${output.text.join('\n')}\n`);
  return 0;
}

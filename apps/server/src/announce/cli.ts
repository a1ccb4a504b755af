import { parseArgs } from 'node:util';
import {
  outboxStatus,
  type Platform,
  type RegistryStudyStatus,
  registryStatus,
  type Subscription,
  SubscriptionStore,
} from '@impress-norway/announcer';
import { parseTopics } from '@impress-norway/chat';
import { type Lang, UPDATE_TOPICS } from '@impress-norway/core';
import { type Database, openDatabase } from '@impress-norway/db';
import { ServerConfigError } from '../config';
import { createLogger } from '../logger';
import { logUnhandledRejections } from '../process-guards';
import { readAnnounceConfig, readRegistryConfig } from './config';
import { startAnnouncer } from './runner';

/** Usage text of `impress-announce`. */
export const USAGE = `impress-announce: channel announcements of IMPRESS-Norway updates

  impress-announce run [--lease-seconds N]
  impress-announce subscriptions add --platform slack|discord --team ID [--topics a,b] [--lang nb|en] CHANNEL...
  impress-announce subscriptions list [--platform slack|discord] [--team ID] [--json]
  impress-announce subscriptions remove --platform slack|discord --team ID CHANNEL...
  impress-announce status [--json]
  impress-announce registry status [--json]

Reads DATABASE_URL (shared with the bots), IMPRESS_FEEDS, IMPRESS_POLL_SECONDS, SLACK_BOT_TOKEN or
IMPRESS_ENCRYPTION_KEY, SLACK_API_URL, DISCORD_TOKEN, DISCORD_API_URL, IMPRESS_REGISTRY,
IMPRESS_REGISTRY_URL, IMPRESS_REGISTRY_IDS, IMPRESS_REGISTRY_POLL_SECONDS.`;

/** A mistake in the command line; the message says what is wrong. */
export class UsageError extends Error {}

type Out = { write(text: string): void };

function platformOf(value: string | undefined): Platform {
  if (value === 'slack' || value === 'discord') return value;
  throw new UsageError('--platform must be slack or discord');
}

function table(subs: Subscription[]): string {
  if (!subs.length) return 'no subscriptions\n';
  return `${subs
    .map((s) =>
      [
        s.platform,
        s.teamId,
        s.channelId,
        s.lang,
        s.topics.join(','),
        s.active ? 'active' : `paused (${s.inactiveReason ?? ''})`,
      ].join('\t'),
    )
    .join('\n')}\n`;
}

async function subscriptions(database: Database, args: string[], out: Out): Promise<void> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      platform: { type: 'string' },
      team: { type: 'string' },
      guild: { type: 'string' },
      topics: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const store = new SubscriptionStore(database.db);
  const team = values.team ?? values.guild;
  const channels = positionals
    .flatMap((p) => p.split(','))
    .map((c) => c.trim())
    .filter(Boolean);
  if (action === 'list') {
    const subs = await store.list({
      ...(values.platform ? { platform: platformOf(values.platform) } : {}),
      ...(team ? { teamId: team } : {}),
    });
    out.write(values.json ? `${JSON.stringify(subs, null, 2)}\n` : table(subs));
    return;
  }
  if (action !== 'add' && action !== 'remove') throw new UsageError('subscriptions needs add, list or remove');
  const platform = platformOf(values.platform);
  if (!team) throw new UsageError(`--team (Slack workspace) or --guild (Discord server) is required`);
  if (!channels.length) throw new UsageError('give one or more channel ids');
  const bad = [team, ...channels].find((id) => !/^[A-Za-z0-9_-]{1,64}$/.test(id));
  if (bad !== undefined)
    throw new UsageError(`"${bad.slice(0, 80)}" is not a Slack or Discord id (letters, digits, at most 64)`);
  if (action === 'remove') {
    const removed = await store.remove(platform, team, channels);
    out.write(values.json ? `${JSON.stringify({ removed })}\n` : `removed ${removed} subscription(s)\n`);
    return;
  }
  const lang = values.lang ?? 'nb';
  if (lang !== 'nb' && lang !== 'en') throw new UsageError('--lang must be nb or en');
  const parsed = parseTopics((values.topics ?? '').split(','));
  if ('unknown' in parsed)
    throw new UsageError(`unknown topic "${parsed.unknown}"; topics are ${UPDATE_TOPICS.join(', ')}`);
  const subs = await store.add(platform, team, channels, parsed.topics, lang as Lang);
  out.write(values.json ? `${JSON.stringify(subs, null, 2)}\n` : table(subs));
}

async function status(database: Database, json: boolean, out: Out): Promise<void> {
  const counts = await outboxStatus(database);
  const subs = await new SubscriptionStore(database.db).list();
  const report = {
    deliveries: counts,
    subscriptions: { active: subs.filter((s) => s.active).length, paused: subs.filter((s) => !s.active).length },
  };
  if (json) out.write(`${JSON.stringify(report, null, 2)}\n`);
  else
    out.write(
      `${Object.entries(counts)
        .map(([k, v]) => `${k}\t${v}`)
        .join('\n')}\nsubscriptions\t${report.subscriptions.active} active, ${report.subscriptions.paused} paused\n`,
    );
}

function registryTable(rows: RegistryStudyStatus[]): string {
  const head = 'study\tlast snapshot\trecord updated\tlast change\tlast error';
  const line = (r: RegistryStudyStatus) =>
    [
      r.nctId,
      r.lastSnapshotAt ?? 'none yet',
      r.recordUpdated ?? '-',
      r.lastChange ? `${r.lastChange.at} ${r.lastChange.title ?? r.lastChange.id}` : 'none',
      r.lastError ? `${r.lastError.at} ${r.lastError.reason}` : 'none',
    ].join('\t');
  return `${[head, ...rows.map(line)].join('\n')}\n`;
}

/** `registry status`: each watched study (IMPRESS_REGISTRY_IDS) and any stored before, from the database. */
async function registry(database: Database, args: string[], env: Record<string, string | undefined>, out: Out) {
  const [action, ...rest] = args;
  if (action !== 'status') throw new UsageError('registry needs status');
  const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean' } } });
  const watched = readRegistryConfig(env)?.ids ?? [];
  const rows = await registryStatus(database, watched);
  out.write(values.json ? `${JSON.stringify(rows, null, 2)}\n` : registryTable(rows));
}

async function run(database: Database, args: string[], env: Record<string, string | undefined>): Promise<void> {
  const { values } = parseArgs({ args, options: { 'lease-seconds': { type: 'string' } } });
  const config = readAnnounceConfig(env);
  const logger = createLogger(config.logLevel);
  logUnhandledRejections(logger);
  const leaseMs = values['lease-seconds'] ? Number(values['lease-seconds']) * 1000 : undefined;
  if (leaseMs !== undefined && !(leaseMs >= 1000)) throw new UsageError('--lease-seconds must be 1 or more');
  const announcer = startAnnouncer(config, database, logger, leaseMs ? { leaseMs } : {});
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info({ signal }, 'stopping: letting sends in flight finish');
      void announcer.stop().then(resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}

/** Runs `impress-announce` with these arguments; returns the exit code. */
export async function main(
  argv: string[],
  env: Record<string, string | undefined>,
  out: Out,
  err: Out,
): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === 'help' || command === '--help') {
    out.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  let database: Database | undefined;
  try {
    if (!['run', 'subscriptions', 'status', 'registry'].includes(command))
      throw new UsageError(`unknown command "${command}"`);
    const url = env.DATABASE_URL?.trim();
    if (!url)
      throw new ServerConfigError('DATABASE_URL is required: a SQLite file path or postgres://, the same the bots use');
    database = await openDatabase(url);
    if (command === 'run') await run(database, args, env);
    else if (command === 'subscriptions') await subscriptions(database, args, out);
    else if (command === 'registry') await registry(database, args, env, out);
    else await status(database, args.includes('--json'), out);
    return 0;
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    err.write(`impress-announce: ${(error as Error).message}\n${usage ? `\n${USAGE}\n` : ''}`);
    return usage || error instanceof ServerConfigError ? 2 : 1;
  } finally {
    await database?.close();
  }
}

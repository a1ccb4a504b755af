/**
 * Bolt's HTTP receiver with two checks Bolt lacks: request timestamps too far in the future are
 * refused, and a signed request is never run twice (an exact replay, or Slack's own retry of a
 * request already taken). Bolt's App hands no signature hook to the receiver it builds, so the app
 * builds this one and passes it in, in both HTTP modes (one workspace and OAuth).
 *
 * @see https://docs.slack.dev/authentication/verifying-requests-from-slack
 * @see https://docs.slack.dev/apis/events-api/#retries
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  HTTPModuleFunctions,
  HTTPReceiver,
  type HTTPReceiverOptions,
  isRawBodyError,
  isValidSlackRequest,
  type Logger,
} from '@slack/bolt';
import { MemoryReplayStore, type ReplayStore } from './replay-store';

/** Slack's window for a request's timestamp, either way from now (Bolt checks only the past side). */
export const SLACK_REQUEST_WINDOW_MS = 5 * 60_000;
/**
 * How long a request's keys are held after it was taken, on the store's clock. Slack retries an
 * event at once, after a minute and after five minutes; each retry is signed anew, so the signature
 * alone does not catch it. A signature is accepted while its timestamp is within 5 minutes of a
 * replica's clock and at most 5 minutes ahead (refused beyond), so holding it this long from its
 * first use covers every replica whose clock is up to 5 minutes behind Slack's.
 */
export const SLACK_RETRY_WINDOW_MS = 10 * 60_000;

/**
 * How long the guard waits for the replay store before answering 503: Slack wants an answer within
 * 3 s, and a stalled database must not hold requests until Slack gives up on them.
 */
export const SLACK_CLAIM_TIMEOUT_MS = 2000;

/** What the guard needs besides Bolt's receiver options. */
export interface GuardOptions {
  /** The app's logger, read when first needed (the App is built after its receiver). */
  logger: () => Logger;
  /** Where taken keys are kept: the database's when replicas share one; default this process's memory. */
  store?: ReplayStore;
  now?: () => number;
  /** Milliseconds to wait for the store's claim (default {@link SLACK_CLAIM_TIMEOUT_MS}). */
  claimTimeoutMs?: number;
}

type Verdict = 'pass' | 'answered';

const EVENTS_PATH = '/slack/events';

function reply(res: ServerResponse, status: number): Verdict {
  res.writeHead(status);
  res.end();
  return 'answered';
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** What a request is known by besides its signature; undefined for Slack's URL check, which runs nothing. */
function identityOf(req: IncomingMessage, body: string): string[] | undefined {
  const keys = [`body:${createHash('sha256').update(body).digest('base64url')}`];
  if (!header(req, 'content-type')?.startsWith('application/json')) return keys;
  try {
    const parsed = JSON.parse(body) as { type?: unknown; event_id?: unknown };
    if (parsed.type === 'url_verification') return undefined;
    if (typeof parsed.event_id === 'string') keys.push(`event:${parsed.event_id}`);
  } catch {
    // Not JSON: Bolt answers 400 for it.
  }
  return keys;
}

async function screen(
  req: IncomingMessage,
  res: ServerResponse,
  signingSecret: string,
  guard: Required<GuardOptions>,
): Promise<Verdict> {
  let body: string;
  try {
    // Bolt reuses a body buffered here (it checks for rawBody) instead of reading the stream again.
    body = (
      await HTTPModuleFunctions.bufferIncomingMessage(req, HTTPModuleFunctions.defaultBodyLimit)
    ).rawBody.toString();
  } catch (error) {
    return reply(res, isRawBodyError(error) && error.statusCode === 413 ? 413 : 400);
  }
  const signature = header(req, 'x-slack-signature');
  const timestamp = Number(header(req, 'x-slack-request-timestamp'));
  const now = guard.now();
  const headers = { 'x-slack-signature': signature ?? '', 'x-slack-request-timestamp': timestamp };
  // Unsigned, forged and stale requests (and Slack's unsigned ssl_check) go on to Bolt, which
  // answers them as before. Only a valid signature may take a key: a forged request that could
  // would block the real one.
  if (!signature || !isValidSlackRequest({ signingSecret, body, headers, nowMilliseconds: now })) return 'pass';
  if (timestamp * 1000 > now + SLACK_REQUEST_WINDOW_MS) {
    guard.logger().warn('Refused a Slack request whose timestamp is more than 5 minutes in the future');
    return reply(res, 401);
  }
  const identity = identityOf(req, body);
  if (!identity) return 'pass';
  let taken: boolean | 'late';
  try {
    taken = await claimInTime(guard, [`sig:${signature}`, ...identity]);
  } catch (error) {
    // Unknown whether it ran elsewhere, so it must not run here: Slack retries a 5xx later (events)
    // or tells the user the command failed (slash commands), and nothing runs twice.
    const why = `unavailable (${(error as Error).message})`;
    guard.logger().error(`Slack replay store ${why}: answered 503 so Slack retries later; nothing ran`);
    return reply(res, 503);
  }
  if (taken === 'late') {
    const why = `did not answer within ${guard.claimTimeoutMs} ms`;
    guard.logger().error(`Slack replay store ${why}: answered 503 so Slack retries later; nothing ran`);
    return reply(res, 503);
  }
  if (!taken) {
    const retry = header(req, 'x-slack-retry-num');
    guard.logger().info(`Acknowledged a repeated Slack request without running it${retry ? ` (retry ${retry})` : ''}`);
    return reply(res, 200);
  }
  // The identity is given back when nothing ran (401: no installation) or the run failed (5xx), so
  // Slack's retry of those runs; the signature stays taken. Bolt's 404 means "not acknowledged
  // within 3 s": the listener may still be running, so a retry then is acknowledged like any other.
  res.once('finish', () => {
    if (res.statusCode !== 401 && res.statusCode < 500) return;
    guard.store.release(identity).catch((error: unknown) => {
      guard
        .logger()
        .warn(
          `Could not give back a failed Slack request's keys (${(error as Error).message}): its retry is acknowledged, not run`,
        );
    });
  });
  return 'pass';
}

/**
 * The store's claim of `keys`, or 'late' when it takes longer than the guard's timeout. A late claim
 * that still succeeds is given back: its request was answered 503 and ran nothing, so Slack's retry
 * must find the keys free.
 */
async function claimInTime(guard: Required<GuardOptions>, keys: string[]): Promise<boolean | 'late'> {
  const claim = guard.store.claim(keys, SLACK_RETRY_WINDOW_MS);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), guard.claimTimeoutMs);
  });
  const outcome = await Promise.race([claim, late]).finally(() => clearTimeout(timer));
  if (outcome === 'late')
    claim
      .then((taken) => (taken ? guard.store.release(keys) : undefined))
      .catch((error: unknown) => {
        guard.logger().warn(`A late Slack replay claim failed or kept its keys: ${(error as Error).message}`);
      });
  return outcome;
}

/**
 * Bolt's {@link HTTPReceiver} with `options`, whose event endpoint first refuses future timestamps and
 * acknowledges repeats (200, nothing run); everything else is Bolt's, unchanged.
 */
export function guardedHttpReceiver(options: HTTPReceiverOptions, guardOptions: GuardOptions): HTTPReceiver {
  const receiver = new HTTPReceiver(options);
  const guard = {
    store: new MemoryReplayStore(),
    now: Date.now,
    claimTimeoutMs: SLACK_CLAIM_TIMEOUT_MS,
    ...guardOptions,
  };
  const endpoints = [options.endpoints ?? EVENTS_PATH].flat();
  const bolt = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'POST' || !endpoints.includes(path)) return bolt(req, res);
    screen(req, res, options.signingSecret, guard)
      .then((verdict) => {
        if (verdict === 'pass') bolt(req, res);
      })
      .catch((error: unknown) => {
        guard.logger().error(`Slack request guard failed: ${(error as Error).message}`);
        if (!res.headersSent) reply(res, 500);
      });
  };
  return receiver;
}

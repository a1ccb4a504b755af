import type { Lang, UpdateTopic } from '@impress-norway/core';
import { errorReply } from './build-reply';
import type { SubscriptionOutcome } from './handlers/subscriptions';
import { rateLimitedReply } from './rate-limit';
import type { Reply, ReplyEffect } from './reply';
import { type RouteInput, route } from './route';
import { STRINGS } from './strings';
import { subscriptionReply } from './subscription-reply';

/** A command as a platform received it, with who sent it (the rate-limit key). */
export interface DispatchInput extends Omit<RouteInput, 'lang' | 'action'> {
  /** Identifies the sender for the rate limit, for example `team:user`. */
  user: string;
}

/** Where the channel's language is kept: the platform's stored choice and its own fallbacks. */
export interface SettingsPort {
  /** The language to answer in here. */
  language(): Promise<Lang>;
  /** Stores the language for this channel (or server). */
  setLanguage(lang: Lang): Promise<void>;
}

/** A subscription request for the channel the command came from. */
export type SubscriptionRequest =
  | { action: 'subscribe'; topics: UpdateTopic[]; lang: Lang }
  | { action: 'unsubscribe' | 'list' };

/** Carries out subscription requests for this channel; the platform checks its own preconditions. */
export interface SubscriptionsPort {
  apply(request: SubscriptionRequest): Promise<SubscriptionOutcome>;
}

/** Why a user may not change a channel: `permission` (a platform permission), a guest, or admins only. */
export type PermissionVerdict = 'ok' | 'permission' | 'guest' | 'admins-only';

/** Whether the sender may change this channel's language or announcements, by the platform's own rules. */
export interface PermissionsPort {
  mayChangeChannel(): Promise<PermissionVerdict>;
}

/** A monotonic clock in milliseconds, for the answer time reported to `observe`. */
export interface ClockPort {
  now(): number;
}

/** What `dispatch()` needs from a platform: small interfaces the apps implement per command. */
export interface DispatchPorts {
  settings: SettingsPort;
  /** Left out where announcements are not set up: subscribe then says so. */
  subscriptions?: SubscriptionsPort;
  permissions: PermissionsPort;
  /** Per-user command limit; none when left out. */
  rateLimiter?: { take(key: string): boolean };
  clock?: ClockPort;
  /** Called once per answered command, for metrics. */
  observe?: (event: { kind: string; seconds: number }) => void;
  /** Called when answering failed; the user gets {@link sorryReply} instead. */
  onError?: (error: Error) => void;
  /** The language of the apology when even the language look-up failed. */
  defaultLang: Lang;
}

/** The reply when answering failed: the same apology on every platform. */
export function sorryReply(lang: Lang): Reply {
  return errorReply(lang, STRINGS.sorryTitle, STRINGS.sorry);
}

/** The plain apology text, for platforms that can only send a line (a failed button). */
export function sorryText(lang: Lang): string {
  return STRINGS.sorry[lang];
}

/** Effects that change the channel, and so need the sender's permission. */
function changesChannel(effect: ReplyEffect | undefined): boolean {
  return effect?.type === 'set-language' || (effect?.type === 'subscriptions' && effect.action !== 'list');
}

async function carryOut(reply: Reply, ports: DispatchPorts, lang: Lang): Promise<Reply> {
  const effect = reply.effect;
  if (!effect) return reply;
  if (changesChannel(effect)) {
    const verdict = await ports.permissions.mayChangeChannel();
    if (verdict !== 'ok') return subscriptionReply({ action: 'denied', reason: verdict }, lang);
  }
  if (effect.type === 'set-language') {
    await ports.settings.setLanguage(effect.lang);
    return reply;
  }
  if (!ports.subscriptions) return subscriptionReply({ action: 'denied', reason: 'unavailable' }, lang);
  const { type: _type, ...request } = effect;
  return subscriptionReply(await ports.subscriptions.apply(request), lang);
}

/**
 * The command path both bots share: finds the language, applies the rate limit, routes, checks the
 * sender's permission for a change, carries out the reply's effect (language, subscriptions) through
 * the ports, and reports the answer time. Never throws: a failure is passed to `onError` and
 * answered with {@link sorryReply}. The apps keep transport, platform rules and rendering.
 */
export async function dispatch(input: DispatchInput, ports: DispatchPorts): Promise<Reply> {
  const clock = ports.clock ?? performance;
  const started = clock.now();
  const observe = (kind: string) => ports.observe?.({ kind, seconds: (clock.now() - started) / 1000 });
  let lang = ports.defaultLang;
  try {
    lang = await ports.settings.language();
    if (ports.rateLimiter && !ports.rateLimiter.take(input.user)) {
      observe('rate-limited');
      return rateLimitedReply(lang);
    }
    const { user: _user, ...routed } = input;
    const reply = await carryOut(route({ ...routed, lang }), ports, lang);
    observe(reply.kind);
    return reply;
  } catch (error) {
    ports.onError?.(error as Error);
    return sorryReply(lang);
  }
}

/**
 * How long an answer may take before a bot falls back to the platform's slow path (Slack: ack empty and
 * answer through response_url; Discord: defer and edit). Both allow 3 s; answers normally take about a
 * millisecond, so they ride in the first response.
 */
export const ANSWER_BUDGET_MS = 1500;

/** The work's result if it is ready within `ms`, else undefined; a budget of 0 or less never waits. */
export function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  if (ms <= 0) return Promise.resolve(undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

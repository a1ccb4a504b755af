import type { Lang } from '@impress-norway/core';
import { findCommand } from './commands';
import { aboutReply } from './handlers/about';
import { askReply } from './handlers/ask';
import type { HandlerInput } from './handlers/context';
import { contactReply, eligibilityReply } from './handlers/info';
import { cohortsReply, drugsReply, newsReply, resultsReply, sitesReply } from './handlers/lists';
import { helpReply, languageReply } from './handlers/meta';
import { listSubscriptionsReply, subscribeReply, unsubscribeReply } from './handlers/subscriptions';
import { decodeAction } from './paging';
import type { Reply } from './reply';

/** Longest text `route()` takes; longer input is cut here and answered politely by `ask()`. */
export const MAX_INPUT_LENGTH = 4000;

/** What a platform hands the router. */
export interface RouteInput {
  /** The text after `/impress`, or a whole message. Free text that is no command is a question. */
  text?: string;
  /** A structured command (Discord subcommands): name plus its first option's value. */
  command?: string;
  query?: string;
  /** The value of a button the router made (paging, share). */
  action?: string;
  /** The language of this channel or user; commands answer in it, questions in their own language. */
  lang: Lang;
}

type Handler = (input: HandlerInput) => Reply;

const HANDLERS: Record<string, Handler> = {
  help: helpReply,
  about: aboutReply,
  eligibility: eligibilityReply,
  cohorts: cohortsReply,
  drugs: drugsReply,
  sites: sitesReply,
  news: newsReply,
  results: resultsReply,
  contact: contactReply,
  ask: askReply,
  language: languageReply,
  subscribe: subscribeReply,
  unsubscribe: unsubscribeReply,
  subscriptions: listSubscriptionsReply,
};

/** Splits `/impress` text into a command and its argument; text that names no command is a question. */
export function parseText(text: string): { command: string; query: string } {
  const clean = text.slice(0, MAX_INPUT_LENGTH).trim();
  if (!clean) return { command: 'help', query: '' };
  const [first = '', ...rest] = clean.split(/\s+/);
  const spec = findCommand(first);
  return spec ? { command: spec.name, query: rest.join(' ') } : { command: 'ask', query: clean };
}

/**
 * Turns what a user typed or clicked into a platform-neutral {@link Reply}. Never throws: unknown
 * input becomes a question or the help text.
 */
export function route(input: RouteInput): Reply {
  let command: string;
  let query: string;
  let page = 0;
  const ref = input.action ? decodeAction(input.action) : undefined;
  if (ref) {
    ({ command, query, page } = ref);
  } else if (input.command) {
    command = findCommand(input.command)?.name ?? 'help';
    query = (input.query ?? '').slice(0, MAX_INPUT_LENGTH);
  } else {
    ({ command, query } = parseText(input.text ?? ''));
  }
  if (command === 'ask' && !query.trim()) command = 'help';
  const handler = HANDLERS[command] ?? helpReply;
  return handler({ lang: input.lang, query, page });
}

import type { Lang } from '@impress-norway/core';
import type { ReplyAction, ReplyItem } from './reply';
import { STRINGS } from './strings';

/** Items per page of a list reply: small enough for any platform's limits. */
export const PAGE_SIZE = 8;

/** What a paging button means, encoded into its value: a command, its query and a page. */
export interface ActionRef {
  command: string;
  query: string;
  page: number;
}

// Discord custom_id is at most 100 characters; the query is cut to keep the whole value short.
const MAX_QUERY_IN_ACTION = 60;

/** Encodes a button value: `p|cohorts|2|brca`. */
export function encodeAction(ref: ActionRef): string {
  return ['p', ref.command, String(ref.page), ref.query.slice(0, MAX_QUERY_IN_ACTION)].join('|');
}

/** Decodes a button value, or undefined for anything this router did not make. */
export function decodeAction(value: string): ActionRef | undefined {
  const [kind, command, page, ...query] = value.split('|');
  if (kind !== 'p' || !command || !/^\d{1,3}$/.test(page ?? '')) return undefined;
  return { command, page: Number(page), query: query.join('|') };
}

/** One page of items, with its position and the buttons to move between pages. */
export function paginate(items: readonly ReplyItem[], page: number, command: string, query: string, lang: Lang) {
  const count = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const index = Math.min(Math.max(0, page), count - 1);
  const actions: ReplyAction[] = [];
  if (index > 0)
    actions.push({
      id: 'page-previous',
      label: STRINGS.previous[lang],
      value: encodeAction({ command, query, page: index - 1 }),
    });
  if (index < count - 1)
    actions.push({
      id: 'page-next',
      label: STRINGS.next[lang],
      value: encodeAction({ command, query, page: index + 1 }),
    });
  const position = count > 1 ? [STRINGS.pagePosition[lang](index + 1, count, items.length)] : [];
  return { items: items.slice(index * PAGE_SIZE, (index + 1) * PAGE_SIZE), page: { index, count }, actions, position };
}

import type { AnswerKind, Lang, Source, UpdateTopic } from '@impress-norway/core';

/** A label and a value, drawn as a field (Slack section fields, Discord embed fields). */
export interface ReplyField {
  label: string;
  value: string;
}

/** One entry of a list: a site, a drug, a news item. */
export interface ReplyItem {
  title: string;
  text?: string;
  url?: string;
  /** A short line under the title, such as a date or a city. */
  meta?: string;
}

/** A block of content. All text is plain text: renderers escape it for their platform. */
export interface ReplySection {
  heading?: string;
  text?: string;
  fields?: ReplyField[];
  items?: ReplyItem[];
}

/**
 * What a button does, independent of its translated label: `page-next` and `page-previous` show another
 * page of a list; `share` posts an ephemeral reply publicly (drawn by the renderers, which hold what
 * it re-posts). Renderers derive their platform's action ids from this, never from the label.
 */
export type ReplyActionId = 'page-next' | 'page-previous' | 'share';

/** A button the reply carries: paging through a list. */
export interface ReplyAction {
  id: Exclude<ReplyActionId, 'share'>;
  label: string;
  /** Opaque value the router understands again (see `encodeAction`). */
  value: string;
}

/** Something the platform adapter must do besides showing the reply. */
export type ReplyEffect =
  | { type: 'set-language'; lang: Lang }
  | { type: 'subscriptions'; action: 'subscribe'; topics: UpdateTopic[]; lang: Lang }
  | { type: 'subscriptions'; action: 'unsubscribe' | 'list' };

/**
 * A platform-neutral reply: every bot answer is one of these, drawn as Block Kit, Discord embeds or
 * terminal text. Every reply says where it comes from (`sources`) and how current it is (`asOf`).
 */
export interface Reply {
  lang: Lang;
  /** `info` for command output; the ask() kinds for answers to questions; `error` for bad input. */
  kind: AnswerKind | 'info' | 'error';
  title: string;
  sections: ReplySection[];
  links: ReplySection['items'];
  /** Small print: as-of line, disclaimers, paging position. */
  context: string[];
  actions: ReplyAction[];
  sources: Source[];
  asOf?: string;
  /** Ephemeral replies are seen only by the asker until shared. */
  visibility: 'ephemeral' | 'public';
  /** The whole reply as plain text, for notifications, screen readers and the terminal. */
  fallback: string;
  page?: { index: number; count: number };
  effect?: ReplyEffect;
}

import type { Lang } from '@impress-norway/core';

/** What a handler gets: the reply language, the command's text argument and the page asked for. */
export interface HandlerInput {
  lang: Lang;
  query: string;
  page: number;
}

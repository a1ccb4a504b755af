import { asOfText, type Lang, type Source, uniqueSources } from '@impress-norway/core';
import type { Reply } from './reply';
import { STRINGS } from './strings';

/** Everything but the derived parts of a reply. */
export type ReplyDraft = Omit<Reply, 'fallback' | 'links' | 'context' | 'actions' | 'visibility'> &
  Partial<Pick<Reply, 'links' | 'context' | 'actions' | 'visibility'>>;

/** Most sources a reply lists: enough to check it, few enough for a chat message. */
export const MAX_REPLY_SOURCES = 5;

/** The sources of what a reply shows, each once, at most {@link MAX_REPLY_SOURCES}. */
export function replySources(lists: readonly (readonly Source[])[]): Source[] {
  return uniqueSources(lists, MAX_REPLY_SOURCES);
}

/** Writes a reply as plain text: the fallback for notifications and the terminal. */
export function toPlainText(r: Omit<Reply, 'fallback'>): string {
  const out: string[] = [r.title];
  for (const s of r.sections) {
    if (s.heading) out.push('', s.heading);
    if (s.text) out.push(s.text);
    for (const f of s.fields ?? []) out.push(`${f.label}: ${f.value}`);
    for (const i of s.items ?? [])
      out.push(`- ${i.title}${i.meta ? ` (${i.meta})` : ''}${i.text ? `: ${i.text}` : ''}${i.url ? ` ${i.url}` : ''}`);
  }
  for (const l of r.links ?? []) out.push(`${l.title}: ${l.url ?? ''}`);
  if (r.sources.length) out.push('', `${STRINGS.sources[r.lang]}: ${r.sources.map((s) => s.url).join(' ')}`);
  for (const c of r.context) out.push(c);
  return out.join('\n').trim();
}

/** Completes a reply: ephemeral by default, an as-of line in the context, and the plain-text fallback. */
export function buildReply(draft: ReplyDraft): Reply {
  const context = [...(draft.context ?? [])];
  if (draft.asOf) context.push(asOfText(draft.asOf, draft.lang));
  const reply: Omit<Reply, 'fallback'> = {
    ...draft,
    links: draft.links ?? [],
    context,
    actions: draft.actions ?? [],
    visibility: draft.visibility ?? 'ephemeral',
  };
  return { ...reply, fallback: toPlainText(reply) };
}

/** A short error reply: a title and one explanation, each given in both languages; no sources. */
export function errorReply(lang: Lang, title: Record<Lang, string>, text: Record<Lang, string>): Reply {
  return buildReply({ lang, kind: 'error', title: title[lang], sections: [{ text: text[lang] }], sources: [] });
}

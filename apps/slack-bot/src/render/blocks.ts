import { clamp, type Reply, type ReplyActionId, STRINGS } from '@impress-norway/chat';
import type { Button, KnownBlock } from '@slack/types';
import { SLACK_STRINGS } from '../strings';
import { SLACK_LIMITS } from './limits';
import { escapeMrkdwn, mrkdwnLink, plain } from './mrkdwn';

/** A Slack message: blocks plus the plain-text fallback Slack needs for notifications. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Slack action ids of the buttons this app draws, by what the button does. */
export const ACTION_IDS = {
  share: 'impress_share',
  'page-previous': 'impress_page_previous',
  'page-next': 'impress_page_next',
} as const satisfies Record<ReplyActionId, string>;

const section = (text: string): KnownBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text: clamp(text, SLACK_LIMITS.sectionText) },
});

function sectionBlocks(reply: Reply): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (const s of reply.sections) {
    const head = s.heading ? `*${escapeMrkdwn(s.heading)}*\n` : '';
    if (s.text || head) blocks.push(section(`${head}${escapeMrkdwn(s.text ?? '')}`.trim()));
    const fields = (s.fields ?? []).map((f) => ({
      type: 'mrkdwn' as const,
      text: clamp(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`, SLACK_LIMITS.fieldText),
    }));
    for (let i = 0; i < fields.length; i += SLACK_LIMITS.sectionFields) {
      blocks.push({ type: 'section', fields: fields.slice(i, i + SLACK_LIMITS.sectionFields) });
    }
    for (const item of s.items ?? []) {
      const title = item.url ? mrkdwnLink(item.url, item.title) : `*${escapeMrkdwn(item.title)}*`;
      const meta = item.meta ? `  _${escapeMrkdwn(item.meta)}_` : '';
      blocks.push(section(`${title}${meta}${item.text ? `\n${escapeMrkdwn(item.text)}` : ''}`));
    }
  }
  const links = (reply.links ?? []).filter((l) => l.url).map((l) => mrkdwnLink(l.url as string, l.title));
  if (links.length) blocks.push(section(links.join('  ·  ')));
  return blocks;
}

function contextBlock(reply: Reply): KnownBlock | undefined {
  const sources = reply.sources.map((s) => mrkdwnLink(s.url, s.publisher));
  const elements = [
    ...(sources.length ? [`${STRINGS.sources[reply.lang]}: ${sources.join(' · ')}`] : []),
    ...reply.context.map(escapeMrkdwn),
  ]
    .slice(0, SLACK_LIMITS.contextElements)
    .map((text) => ({ type: 'mrkdwn' as const, text: clamp(text, SLACK_LIMITS.contextText) }));
  return elements.length ? { type: 'context', elements } : undefined;
}

function actionsBlock(reply: Reply, shareValue: string | undefined): KnownBlock | undefined {
  const buttons: Button[] = [];
  for (const a of reply.actions) {
    buttons.push({
      type: 'button',
      action_id: ACTION_IDS[a.id],
      text: { type: 'plain_text', text: clamp(plain(a.label), SLACK_LIMITS.buttonText) },
      value: clamp(a.value, SLACK_LIMITS.buttonValue),
    });
  }
  if (shareValue && reply.visibility === 'ephemeral') {
    const label = SLACK_STRINGS.share[reply.lang];
    buttons.push({
      type: 'button',
      action_id: ACTION_IDS.share,
      style: 'primary',
      text: { type: 'plain_text', text: label },
      value: clamp(shareValue, SLACK_LIMITS.buttonValue),
    });
  }
  return buttons.length ? { type: 'actions', elements: buttons.slice(0, SLACK_LIMITS.actionsElements) } : undefined;
}

/** Total visible text of blocks, to stay under Slack's practical per-message total. */
function textLength(blocks: KnownBlock[]): number {
  return JSON.stringify(blocks).length;
}

/**
 * Draws a {@link Reply} as Block Kit, clamped to Slack's limits (50 blocks, 3000 per section, 150 per
 * header, 10 fields, 75 per button): long content is cut with an ellipsis, never rejected by Slack.
 * All text that is not ours is escaped, so `<!channel>` or `<@U123>` in a question cannot ping anyone.
 *
 * @param shareValue - Value for the "Share in channel" button; no button when left out.
 */
export function renderBlocks(reply: Reply, options: { shareValue?: string; maxBlocks?: number } = {}): SlackMessage {
  const max = options.maxBlocks ?? SLACK_LIMITS.blocks;
  // Slack refuses a header with no text, and a message whose notification text is empty.
  const title = clamp(plain(reply.title), SLACK_LIMITS.headerText);
  const head: KnownBlock[] = title.trim() ? [{ type: 'header', text: { type: 'plain_text', text: title } }] : [];
  const tail = [contextBlock(reply), actionsBlock(reply, options.shareValue)].filter(
    (b): b is KnownBlock => b !== undefined,
  );
  let body = sectionBlocks(reply);
  const room = max - head.length - tail.length;
  if (body.length > room) body = [...body.slice(0, room - 1), section(SLACK_STRINGS.moreThanFits[reply.lang])];
  while (body.length > 1 && textLength([...head, ...body, ...tail]) > SLACK_LIMITS.totalBlockText)
    body = body.slice(0, -1);
  const text = reply.fallback.trim() || plain(reply.title).trim() || SLACK_STRINGS.emptyReply[reply.lang];
  return { text: clamp(escapeMrkdwn(text), SLACK_LIMITS.text), blocks: [...head, ...body, ...tail] };
}

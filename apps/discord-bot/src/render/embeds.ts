import { clamp, type Reply, type ReplyActionId, STRINGS } from '@impress-norway/chat';
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from 'discord.js';
import { DISCORD_STRINGS } from '../strings';
import { DISCORD_LIMITS } from './limits';
import { discordSafe, discordUrl } from './markdown';

/** Custom id prefixes of this bot's buttons, by what the button does; the rest of the id is its value. */
export const BUTTON_IDS = {
  share: 'impress:share:',
  'page-next': 'impress:page-next:',
  'page-previous': 'impress:page-previous:',
} as const satisfies Record<ReplyActionId, string>;

// Buttons drawn before paging buttons carried their direction (still clickable on old messages).
const LEGACY_PAGE = 'impress:page:';

/** The paging value a button's custom id carries, or undefined when it is no paging button. */
export function pageValue(customId: string): string | undefined {
  for (const prefix of [BUTTON_IDS['page-next'], BUTTON_IDS['page-previous'], LEGACY_PAGE])
    if (customId.startsWith(prefix)) return customId.slice(prefix.length);
  return undefined;
}

/** A message body for interaction replies: embeds, buttons, no mentions, ephemeral by default. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: [] };
  flags?: MessageFlags.Ephemeral;
}

const COLOR = 0x1d3557;

function fieldsOf(reply: Reply): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  for (const s of reply.sections) {
    for (const f of s.fields ?? [])
      fields.push({
        name: clamp(discordSafe(f.label), DISCORD_LIMITS.fieldName) || '-',
        value: clamp(discordSafe(f.value), DISCORD_LIMITS.fieldValue) || '-',
        inline: true,
      });
    for (const i of s.items ?? []) {
      const name = clamp(discordSafe(i.meta ? `${i.title} (${i.meta})` : i.title), DISCORD_LIMITS.fieldName) || '-';
      const value = [i.text ? discordSafe(i.text) : undefined, discordUrl(i.url)].filter(Boolean).join('\n');
      fields.push({ name, value: clamp(value || '\u200b', DISCORD_LIMITS.fieldValue) });
    }
  }
  return fields;
}

function descriptionOf(reply: Reply): string {
  const parts = reply.sections
    .flatMap((s) => [s.heading ? `**${discordSafe(s.heading)}**` : undefined, s.text ? discordSafe(s.text) : undefined])
    .filter(Boolean);
  const linked = (label: string, url: string | undefined) => {
    const href = discordUrl(url);
    return href ? `[${discordSafe(label)}](${href})` : discordSafe(label);
  };
  const links = (reply.links ?? []).filter((l) => discordUrl(l.url)).map((l) => linked(l.title, l.url));
  const sources = reply.sources.map((s) => linked(s.publisher, s.url));
  if (links.length) parts.push(links.join(' · '));
  if (sources.length) parts.push(`${STRINGS.sources[reply.lang]}: ${sources.join(' · ')}`);
  return clamp(parts.join('\n\n'), DISCORD_LIMITS.embedDescription);
}

/** Keeps the sum of all embed text within Discord's 6000-character total, dropping fields from the end. */
function fitTotal(embed: APIEmbed): APIEmbed {
  const size = (e: APIEmbed) =>
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  const fields = [...(embed.fields ?? [])];
  let out = { ...embed, fields };
  while (size(out) > DISCORD_LIMITS.embedTotal && fields.length > 0) {
    fields.pop();
    out = { ...embed, fields };
  }
  if (size(out) > DISCORD_LIMITS.embedTotal)
    out = {
      ...out,
      description: clamp(
        out.description ?? '',
        Math.max(0, DISCORD_LIMITS.embedTotal - size({ ...out, description: '' })),
      ),
    };
  return out;
}

function buttons(reply: Reply, shareId: string | undefined): APIActionRowComponent<APIButtonComponent>[] {
  const row: APIButtonComponent[] = reply.actions.map((a) => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: clamp(a.label, DISCORD_LIMITS.buttonLabel),
    custom_id: `${BUTTON_IDS[a.id]}${a.value}`.slice(0, DISCORD_LIMITS.customId),
  }));
  if (shareId && reply.visibility === 'ephemeral') {
    row.push({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: DISCORD_STRINGS.share[reply.lang],
      custom_id: shareId.slice(0, DISCORD_LIMITS.customId),
    });
  }
  return row.length ? [{ type: ComponentType.ActionRow, components: row.slice(0, DISCORD_LIMITS.buttonsPerRow) }] : [];
}

/**
 * Draws a {@link Reply} as one Discord embed with buttons, clamped to Discord's limits (title 256,
 * description 4096, 25 fields of 1024, 6000 in total). Untrusted text is escaped and mentions are
 * disabled, so `@everyone` or `<@&role>` never pings.
 */
export function renderEmbeds(reply: Reply, options: { shareId?: string } = {}): DiscordMessage {
  const fields = fieldsOf(reply).slice(0, DISCORD_LIMITS.embedFields);
  const footer = clamp(reply.context.map(discordSafe).join(' · '), DISCORD_LIMITS.footerText);
  const embed = fitTotal({
    title: clamp(discordSafe(reply.title), DISCORD_LIMITS.embedTitle),
    description: descriptionOf(reply) || '\u200b',
    color: COLOR,
    ...(fields.length ? { fields } : {}),
    ...(footer ? { footer: { text: footer } } : {}),
  });
  return {
    embeds: [embed],
    components: buttons(reply, options.shareId),
    allowedMentions: { parse: [] },
    ...(reply.visibility === 'ephemeral' ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

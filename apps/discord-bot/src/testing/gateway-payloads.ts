// What the Discord double sends over the gateway and REST: the bot user, messages and interactions.

/** The bot's own user, as READY and messages carry it. */
export const BOT = {
  id: '900000000000000001',
  username: 'impress',
  discriminator: '0',
  bot: true,
  global_name: null,
  avatar: null,
};

/** A message object as Discord returns it, with `body`'s fields over the defaults. */
export function message(body: Record<string, unknown> | undefined) {
  return {
    id: '900000000000000099',
    channel_id: '700000000000000001',
    type: 20,
    content: '',
    author: BOT,
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    pinned: false,
    mention_everyone: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: 0,
    ...(body ?? {}),
  };
}

let interactionSeq = 800000000000000000n;

/** A CHAT_INPUT or AUTOCOMPLETE interaction for `/impress <sub> [option]`, as the gateway sends it. */
export function impressInteraction(opts: {
  sub: string;
  option?: { name: string; value: string | number; focused?: boolean };
  type?: 2 | 4;
  locale?: string;
  guild?: boolean;
  permissions?: string;
  /** Snowflakes of the sender and the channel; one fixed user and channel when left out. */
  user?: string;
  channel?: string;
}) {
  const id = String(++interactionSeq);
  const user = {
    id: opts.user ?? '600000000000000001',
    username: 'patient',
    discriminator: '0',
    global_name: null,
    avatar: null,
  };
  const channel = opts.channel ?? '700000000000000001';
  return {
    id,
    application_id: '900000000000000002',
    type: opts.type ?? 2,
    token: `token-${id}`,
    version: 1,
    locale: opts.locale ?? 'en-US',
    guild_locale: 'no',
    ...(opts.guild === false
      ? { user }
      : {
          guild_id: '500000000000000001',
          member: {
            user,
            roles: [],
            permissions: opts.permissions ?? '0',
            joined_at: new Date().toISOString(),
            deaf: false,
            mute: false,
            flags: 0,
          },
        }),
    channel_id: channel,
    channel: { id: channel, type: 0 },
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: {},
    data: {
      id: '400000000000000001',
      name: 'impress',
      type: 1,
      options: [
        {
          type: 1,
          name: opts.sub,
          options: opts.option
            ? [
                {
                  type: typeof opts.option.value === 'number' ? 4 : 3,
                  name: opts.option.name,
                  value: opts.option.value,
                  ...(opts.option.focused ? { focused: true } : {}),
                },
              ]
            : [],
        },
      ],
    },
  };
}

/** A button click on a message the bot sent. */
export function buttonInteraction(
  customId: string,
  locale = 'en-US',
  where: { user?: string; channel?: string; permissions?: string } = {},
) {
  const base = impressInteraction({ sub: 'help', locale, ...where });
  return {
    ...base,
    type: 3,
    message: message({ id: '900000000000000098', flags: 64 }),
    data: { custom_id: customId, component_type: 2 },
  };
}

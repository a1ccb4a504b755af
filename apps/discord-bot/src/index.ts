// @impress-norway/discord-bot: the Discord bot, also used by the one-process start and the announcer.

export { type DiscordAnnouncerOptions, deliveryNonce, discordAnnouncer } from './announce';
export { createDiscordBot, type DiscordBot } from './bot';
export { impressCommand } from './commands';
export { type DiscordConfig, DiscordConfigError, discordConfigured, readDiscordConfig } from './env';
export { BUTTON_IDS, type DiscordMessage, renderEmbeds } from './render/embeds';
export { discordSafe } from './render/markdown';

// @impress-norway/slack-bot: the Slack app, also used by the one-process start and the announcer.

export { METADATA_EVENT, type SlackAnnouncerOptions, slackAnnouncer, slackTokenSource } from './announce';
export { createSlackApp, SCOPES, type SlackApp } from './app';
export type { CommandEvent, SlackDeps } from './deps';
export {
  previousKeys,
  readSlackConfig,
  type SlackConfig,
  SlackConfigError,
  type SlackMode,
  slackConfigured,
} from './env';
export { ACTION_IDS, renderBlocks, type SlackMessage } from './render/blocks';
export { homeView } from './render/home';
export { escapeMrkdwn, mrkdwnLink } from './render/mrkdwn';

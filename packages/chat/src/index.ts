// @impress-norway/chat: one command grammar for both bots (internal): the Reply model and its
// strings, commands and route(), dispatch() (the command path both bots share), the rate limiter,
// paging and the terminal renderer. Exports are kept in path order (the formatter sorts them).

export { buildReply, toPlainText } from './build-reply';
export { clamp } from './clamp';
export {
  COMMANDS,
  type CommandOption,
  type CommandSpec,
  commandName,
  findCommand,
  optionName,
  type Suggest,
} from './commands';
export {
  ANSWER_BUDGET_MS,
  type ClockPort,
  type DispatchInput,
  type DispatchPorts,
  dispatch,
  type PermissionsPort,
  type PermissionVerdict,
  type SettingsPort,
  type SubscriptionRequest,
  type SubscriptionsPort,
  sorryReply,
  sorryText,
  within,
} from './dispatch';
export { parseTopics, type SubscriptionOutcome, type SubscriptionView } from './handlers/subscriptions';
export { type ActionRef, decodeAction, encodeAction, PAGE_SIZE, paginate } from './paging';
export { RateLimiter, rateLimitedReply } from './rate-limit';
export { renderTerminal, terminalSafe } from './render-terminal';
export type { Reply, ReplyAction, ReplyActionId, ReplyEffect, ReplyField, ReplyItem, ReplySection } from './reply';
export { MAX_INPUT_LENGTH, parseText, type RouteInput, route } from './route';
export { STRINGS, type StringKey } from './strings';
export { subscriptionReply } from './subscription-reply';
export { type Suggestion, suggest } from './suggest';
export { updateReply } from './update-reply';

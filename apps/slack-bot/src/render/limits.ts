/**
 * Slack's limits, beside the Block Kit renderer that keeps to them: renderers clamp to these instead
 * of letting Slack reject a message.
 *
 * @see https://docs.slack.dev/reference/block-kit/blocks
 */
export const SLACK_LIMITS = {
  blocks: 50,
  homeBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  /** Slack truncates top-level text above this. */
  text: 40_000,
  /** Slack rejects messages whose blocks hold much more text than this in total (bolt-js#2509). */
  totalBlockText: 12_000,
} as const;

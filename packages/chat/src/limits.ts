/**
 * Platform limits, in one place. Renderers clamp to these instead of letting the platform reject a
 * message. Values from the platforms' own documentation, linked below.
 *
 * @see https://docs.slack.dev/reference/block-kit/blocks
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
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

export const DISCORD_LIMITS = {
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Sum of all text in all embeds of one message. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  content: 2000,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  actionRows: 5,
  commandName: 32,
  commandDescription: 100,
  optionsPerCommand: 25,
  choicesPerOption: 25,
  /** Sum of names, descriptions and values of one command with its options. */
  commandTotal: 8000,
  autocompleteChoices: 25,
  choiceName: 100,
} as const;

/** Cuts text to at most `max` characters (code points), ending with an ellipsis when cut. */
export function clamp(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

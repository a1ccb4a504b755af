/**
 * Discord's limits, beside the embed renderer and the command builder that keep to them: they clamp
 * to these instead of letting Discord reject a message or a command.
 *
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 * @see https://discord.com/developers/docs/interactions/application-commands
 */
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

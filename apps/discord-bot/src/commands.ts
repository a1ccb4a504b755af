import { COMMANDS, type CommandOption } from '@impress-norway/chat';
import {
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';
import { DISCORD_LIMITS } from './render/limits';

// Discord's locale code for Norwegian is `no`.
const NB = 'no';

function addOption(sub: SlashCommandSubcommandBuilder, o: CommandOption): void {
  const configure = <
    T extends {
      setName(n: string): T;
      setDescription(d: string): T;
      setNameLocalizations(l: Record<string, string>): T;
      setDescriptionLocalizations(l: Record<string, string>): T;
      setRequired(r: boolean): T;
    },
  >(
    opt: T,
  ): T =>
    opt
      .setName(o.name)
      .setDescription(o.description.en.slice(0, DISCORD_LIMITS.commandDescription))
      .setNameLocalizations({ [NB]: o.nameNb })
      .setDescriptionLocalizations({ [NB]: o.description.nb.slice(0, DISCORD_LIMITS.commandDescription) })
      .setRequired(o.required);
  if (o.type === 'integer') {
    sub.addIntegerOption((opt) => {
      configure(opt);
      if (o.min !== undefined) opt.setMinValue(o.min);
      if (o.max !== undefined) opt.setMaxValue(o.max);
      return opt;
    });
    return;
  }
  sub.addStringOption((opt) => {
    configure(opt);
    if (o.choices) opt.addChoices(...o.choices.map((c) => ({ name: c, value: c })));
    else if (o.suggest) opt.setAutocomplete(true);
    return opt.setMaxLength(o.name === 'question' ? 1000 : 100);
  });
}

/**
 * The `/impress` command with one subcommand per shared command definition, so Slack and Discord
 * cannot drift. Names and descriptions are localised for Norwegian (`no`).
 */
export function impressCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const builder = new SlashCommandBuilder()
    .setName('impress')
    .setDescription('IMPRESS-Norway: sourced answers about the national precision cancer medicine trial')
    .setDescriptionLocalizations({
      [NB]: 'IMPRESS-Norway: svar med kilder om den nasjonale studien i presisjonsmedisin',
    });
  for (const c of COMMANDS) {
    builder.addSubcommand((sub) => {
      sub
        .setName(c.name)
        .setDescription(c.description.en.slice(0, DISCORD_LIMITS.commandDescription))
        .setNameLocalizations({ [NB]: c.nameNb })
        .setDescriptionLocalizations({ [NB]: c.description.nb.slice(0, DISCORD_LIMITS.commandDescription) });
      for (const o of c.options) addOption(sub, o);
      return sub;
    });
  }
  return builder.toJSON();
}

import { parseArgs } from 'node:util';
import { REST, Routes } from 'discord.js';
import { impressCommand } from './commands';
import { DiscordConfigError, readDiscordConfig } from './env';

// `npm run register -w apps/discord-bot [-- --guild ID] [-- --dry-run]`: registers /impress globally,
// or in one server for instant updates while developing. --dry-run prints the payload only, as JSON.
// Exit codes are set, not forced with process.exit(), so piped output is written in full first.
const { values } = parseArgs({ options: { guild: { type: 'string' }, 'dry-run': { type: 'boolean' } }, strict: true });
const body = [impressCommand()];
if (values['dry-run']) process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
else await register();

async function register(): Promise<void> {
  try {
    const config = readDiscordConfig(process.env, { needApplicationId: true });
    const guild = values.guild ?? config.guildId;
    const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
    const route = guild
      ? Routes.applicationGuildCommands(config.applicationId as string, guild)
      : Routes.applicationCommands(config.applicationId as string);
    await rest.put(route, { body });
    process.stdout.write(
      `registered /impress ${guild ? `in server ${guild} (instant)` : 'globally (may take up to an hour to appear)'}\n`,
    );
  } catch (error) {
    process.stderr.write(`register: ${(error as Error).message}\n`);
    process.exitCode = error instanceof DiscordConfigError ? 2 : 1;
  }
}

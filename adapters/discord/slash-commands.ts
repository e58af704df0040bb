import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { COMMAND_NAMES, type CommandName } from '../../src/core/chat/chat-event.js';
import { COMMAND_TEXTS, type CommandText, type OptionText } from './command-texts.js';

/** The free-text option of commands without a member and a choice, split like a typed command line. */
export const ARGS_OPTION = 'arguments';
/** The option naming the member a command is about (`role`). */
export const MEMBER_OPTION = 'member';

type CommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;
type OptionJson = NonNullable<CommandJson['options']>[number];
/** Where a definition is registered: per server, or for the private chat with the bot. */
type Where = 'server' | 'private';

const named = (t: OptionText) => ({
  name: t.en,
  name_localizations: { nl: t.nl },
  description: t.descriptionEn,
  description_localizations: { nl: t.descriptionNl },
});

function options(t: CommandText, where: Where): OptionJson[] {
  if (t.member && t.choice) {
    const member = named({ ...t.member, en: MEMBER_OPTION });
    return [
      where === 'server'
        ? { type: ApplicationCommandOptionType.User, ...member, required: true }
        : { type: ApplicationCommandOptionType.String, ...member, required: true, max_length: 100 },
      {
        type: ApplicationCommandOptionType.String,
        ...named(t.choice),
        required: true,
        choices: t.choice.values.map((v) => ({
          name: v.en,
          name_localizations: { nl: v.nl },
          value: v.value,
        })),
      },
    ];
  }
  return [
    {
      type: ApplicationCommandOptionType.String,
      name: ARGS_OPTION,
      name_localizations: { nl: 'argumenten' },
      description: t.argsEn ?? 'What follows the command, as in the help text',
      description_localizations: { nl: t.argsNl ?? 'Wat er na de opdracht komt, zoals in de hulptekst' },
      required: false,
      max_length: 1000,
    },
  ];
}

function definition(name: CommandName, where: Where): CommandJson {
  const t = COMMAND_TEXTS[name];
  return { type: ApplicationCommandType.ChatInput, ...named(t), options: options(t, where) };
}

/**
 * Commands registered per server (they appear at once, unlike global ones). Every brain
 * command is visible to everyone: the brain checks rights and refuses politely, so a
 * parent asking `/incidents` learns why rather than finding nothing.
 */
export function guildCommands(): CommandJson[] {
  return COMMAND_NAMES.map((name) => definition(name, 'server'));
}

/**
 * The same commands for the private chat with the bot (linking a supervisor, handling an
 * alert), registered once globally and limited to that context so servers do not list
 * them twice.
 */
export function directMessageCommands(): CommandJson[] {
  return COMMAND_NAMES.map((name) => ({
    ...definition(name, 'private'),
    contexts: [InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  }));
}

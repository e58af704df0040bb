import { type ButtonInteraction, type ChatInputCommandInteraction, PermissionFlagsBits } from 'discord.js';
import type { CommandInvocation } from '../../src/core/chat/chat-event.js';
import { commandLineFromCustomId, type ParsedCommand, parseCommandLine } from './command-line.js';
import { COMMAND_TEXTS } from './command-texts.js';
import { type SlashArguments, slashArguments } from './slash-arguments.js';
import { PLATFORM, toAuthor } from './to-chat-event.js';

/** The interactions klaswacht answers: its slash commands and its alert buttons. */
export type CommandInteraction = ChatInputCommandInteraction | ButtonInteraction;

/**
 * Whether the invoker runs this channel: Discord computes their permissions in the
 * channel (roles and overwrites) and sends them with every interaction, so a teacher is
 * whoever may manage messages there (a "Leerkracht" role, or a server administrator).
 * Never true in the private chat with the bot.
 */
export function isChannelAdmin(interaction: CommandInteraction): boolean {
  if (!interaction.inGuild()) return false;
  return interaction.memberPermissions.has(PermissionFlagsBits.ManageMessages);
}

/** Name and arguments of a slash command or a button press; undefined when it is not ours. */
export function parsedCommandOf(
  interaction: CommandInteraction,
): (ParsedCommand & Pick<SlashArguments, 'target'>) | undefined {
  if (interaction.isButton()) {
    const line = commandLineFromCustomId(interaction.customId);
    return line === undefined ? undefined : parseCommandLine(line);
  }
  const parsed = parseCommandLine(interaction.commandName);
  if (!parsed) return undefined;
  return { name: parsed.name, ...slashArguments(interaction.options, COMMAND_TEXTS[parsed.name]) };
}

/**
 * Maps an interaction to the platform-neutral invocation. The reply handle is minted by
 * the adapter, which keeps the interaction to answer it within Discord's deadlines.
 */
export function toCommandInvocation(
  interaction: CommandInteraction,
  replyHandle: string,
): CommandInvocation | undefined {
  const parsed = parsedCommandOf(interaction);
  if (!parsed || interaction.channelId === null) return undefined;
  return {
    platform: PLATFORM,
    chatId: interaction.channelId,
    isPrivate: !interaction.inGuild(),
    from: toAuthor(interaction.user, interaction.member),
    fromIsChatAdmin: isChannelAdmin(interaction),
    name: parsed.name,
    args: parsed.args,
    ...(parsed.target ? { target: parsed.target } : {}),
    at: interaction.createdAt,
    replyHandle,
    ...(interaction.isButton() ? { viaButton: true } : {}),
  };
}

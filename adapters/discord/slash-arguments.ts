import type { ChatInputCommandInteraction } from 'discord.js';
import type { CommandInvocation } from '../../src/core/chat/chat-event.js';
import { splitArgs } from './command-line.js';
import type { CommandText } from './command-texts.js';
import { ARGS_OPTION, MEMBER_OPTION } from './slash-commands.js';
import { toAuthor } from './to-chat-event.js';

/** What a slash command's options say, as the brain reads any command. */
export interface SlashArguments {
  readonly args: readonly string[];
  readonly target?: CommandInvocation['target'];
}

/**
 * Turns a slash command's options into the line a member would have typed (member name,
 * choice, free text, in that order), so the brain reads `/role` the same on every
 * platform. A member picked from the server's list also travels by id (`target`): the
 * brain then finds exactly that member, whatever their name.
 */
export function slashArguments(
  options: ChatInputCommandInteraction['options'],
  text: CommandText,
): SlashArguments {
  const args: string[] = [];
  let target: CommandInvocation['target'];
  const picked = text.member ? options.get(MEMBER_OPTION) : null;
  if (picked?.user) {
    const author = toAuthor(picked.user, picked.member ?? null);
    target = { id: author.id, name: author.name };
    args.push(...splitArgs(author.name));
  } else if (typeof picked?.value === 'string') {
    args.push(...splitArgs(picked.value));
  }
  const choice = text.choice ? options.getString(text.choice.en) : null;
  if (choice) args.push(choice);
  args.push(...splitArgs(options.getString(ARGS_OPTION)));
  return target ? { args, target } : { args };
}

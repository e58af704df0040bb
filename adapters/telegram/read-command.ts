import type { Message } from 'grammy/types';
import { COMMAND_NAMES, type CommandName } from '../../src/core/chat/chat-event.js';

/** A command line as typed (`/setup@KlasBot 7B`) or carried by a button (`handle 17 seen`). */
export interface ParsedCommand {
  /** Lower-cased, without `/` and `@bot`. Not necessarily one of ours (`start`). */
  readonly name: string;
  readonly args: readonly string[];
}

const KNOWN: ReadonlySet<string> = new Set(COMMAND_NAMES);

/** A parsed command the brain implements. */
export interface KnownCommand {
  readonly name: CommandName;
  readonly args: readonly string[];
}

function isCommandName(name: string): name is CommandName {
  return KNOWN.has(name);
}

/** Keeps only commands the brain implements; anything else stays ordinary text. */
export function known(parsed: ParsedCommand | undefined): KnownCommand | undefined {
  return parsed && isCommandName(parsed.name) ? { name: parsed.name, args: parsed.args } : undefined;
}

/**
 * The command in a message, if it starts with one addressed to us. Telegram marks it
 * with a `bot_command` entity at offset 0; `/cmd@OtherBot` in a group with several bots
 * is meant for the other bot and stays an ordinary message.
 */
export function commandOfMessage(msg: Message, botUsername: string): ParsedCommand | undefined {
  const text = msg.text;
  const first = msg.entities?.[0];
  if (text === undefined || first?.type !== 'bot_command' || first.offset !== 0) return undefined;
  const token = text.slice(1, first.length);
  const at = token.indexOf('@');
  const name = (at === -1 ? token : token.slice(0, at)).toLowerCase();
  const addressee = at === -1 ? undefined : token.slice(at + 1);
  if (addressee !== undefined && addressee.toLowerCase() !== botUsername.toLowerCase()) return undefined;
  return { name, args: splitArgs(text.slice(first.length)) };
}

/** A button's command line (`handle 17 seen`): the same shape as a typed command. */
export function parseCommandLine(line: string): ParsedCommand | undefined {
  const [name, ...args] = splitArgs(line);
  return name ? { name: name.replace(/^\//, '').toLowerCase(), args } : undefined;
}

function splitArgs(s: string): string[] {
  return s.split(/\s+/).filter((a) => a.length > 0);
}

import { COMMAND_NAMES, type CommandName } from '../../src/core/chat/chat-event.js';

/** A command line split into the brain's command name and its arguments. */
export interface ParsedCommand {
  readonly name: CommandName;
  readonly args: readonly string[];
}

const KNOWN = new Set<string>(COMMAND_NAMES);

/** Prefix of our button custom ids, so a press on someone else's component is never read as a command. */
export const BUTTON_PREFIX = 'kw:';

/** Discord's limit on a component's custom id. */
const CUSTOM_ID_MAX = 100;

/** Splits free text the way a typed command line is split on every platform: on white space. */
export function splitArgs(text: string | null | undefined): string[] {
  return (text ?? '').split(/\s+/u).filter((part) => part.length > 0);
}

/** `handle 17 seen` (a button's command line) to name and arguments; undefined when not a brain command. */
export function parseCommandLine(line: string): ParsedCommand | undefined {
  const [first, ...args] = splitArgs(line);
  const head = first?.replace(/^\//u, '').toLowerCase();
  if (!head || !KNOWN.has(head)) return undefined;
  return { name: head as CommandName, args };
}

/** The custom id a button carries; throws for a line that cannot fit, which is a bug in the brain. */
export function buttonCustomId(commandLine: string): string {
  const id = `${BUTTON_PREFIX}${commandLine}`;
  if (id.length > CUSTOM_ID_MAX || !parseCommandLine(commandLine)) {
    throw new Error(
      `discord: button command ${JSON.stringify(commandLine)} is not a short brain command line`,
    );
  }
  return id;
}

/** The command line behind a pressed button, or undefined for components that are not ours. */
export function commandLineFromCustomId(customId: string): string | undefined {
  return customId.startsWith(BUTTON_PREFIX) ? customId.slice(BUTTON_PREFIX.length) : undefined;
}

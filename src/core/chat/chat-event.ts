import type { Author, IncomingMessage } from '../message.js';

/**
 * Commands every platform exposes (as `/setup`, slash commands, or console lines).
 * The brain implements them once; adapters only recognise and forward them.
 */
export const COMMAND_NAMES = [
  'setup',
  'supervisor',
  'rules',
  'consent',
  'role',
  'lessons',
  'allow',
  'incidents',
  'handle',
  'export',
  'forget',
  'status',
  'help',
  'announce',
  'contacts',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/**
 * A member asked the bot to do something: a typed command, a slash command, or a press
 * on an alert button (adapters turn button data such as `handle 17 seen` into this).
 */
export interface CommandInvocation {
  readonly platform: string;
  /** Chat where it was invoked: a class group, or the private chat with the bot. */
  readonly chatId: string;
  readonly isPrivate: boolean;
  readonly from: Author;
  /** Platform-reported admin rights of `from` in `chatId` (always false in private chats). */
  readonly fromIsChatAdmin: boolean;
  readonly name: CommandName;
  readonly args: readonly string[];
  /**
   * The member the command is about, when the platform let the invoker pick them from
   * its own member list (a Discord user option). The brain finds them by id, so two
   * members called Anna are never confused; typed commands name the member in `args`.
   */
  readonly target?: { readonly id: string; readonly name: string };
  readonly at: Date;
  /**
   * Opaque handle the adapter resolves to answer this invocation in the platform's own
   * way (a Telegram reply or callback answer, a Discord interaction reply).
   */
  readonly replyHandle: string;
  /** Set when the invocation came from a button on an alert. */
  readonly viaButton?: boolean;
}

/**
 * Everything an adapter reports to the brain. No SDK type crosses this line, so the
 * brain behaves the same on Telegram, Discord and the console.
 */
export type ChatEvent =
  | { readonly type: 'message'; readonly message: IncomingMessage }
  | { readonly type: 'command'; readonly command: CommandInvocation }
  | {
      readonly type: 'member_joined';
      readonly platform: string;
      readonly chatId: string;
      readonly member: Author;
      readonly at: Date;
    }
  | {
      readonly type: 'member_left';
      readonly platform: string;
      readonly chatId: string;
      readonly memberId: string;
      readonly at: Date;
    }
  | {
      /** The bot itself was added, removed, promoted or demoted: the group becomes (in)active, rights change. */
      readonly type: 'bot_status';
      readonly platform: string;
      readonly chatId: string;
      readonly status: 'added' | 'removed' | 'promoted' | 'demoted';
      readonly chatTitle?: string;
      readonly by?: Author;
      readonly at: Date;
    }
  | {
      /** The chat got a new id (Telegram group upgraded to a supergroup): keep its settings. */
      readonly type: 'chat_moved';
      readonly platform: string;
      readonly fromChatId: string;
      readonly toChatId: string;
      readonly at: Date;
    }
  | {
      /** A user opened a private chat with the bot: alerts that waited for them can go out. */
      readonly type: 'private_chat_opened';
      readonly platform: string;
      readonly userId: string;
      readonly at: Date;
    };

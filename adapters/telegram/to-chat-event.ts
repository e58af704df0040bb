import type { CallbackQuery, Chat, ChatMemberUpdated, Message, Update } from 'grammy/types';
import type { ChatEvent } from '../../src/core/chat/chat-event.js';
import { botStatusChange, privateChatReopened } from './read-bot-status.js';
import { commandOfMessage, type KnownCommand, known, parseCommandLine } from './read-command.js';
import {
  authorOf,
  authorOfUser,
  isAnonymousAdmin,
  mediaOf,
  textOf,
  toIncomingMessage,
} from './read-message.js';
import { encodeReplyHandle } from './reply-handle.js';
import { idString, TELEGRAM } from './telegram-ids.js';

/** What the pure translation needs to know besides the update itself. */
export interface ReadContext {
  readonly me: { readonly id: number; readonly username: string };
  /** Admin user ids of the group a command came from (see `commandChatOf`); absent means none known. */
  readonly admins?: ReadonlySet<string>;
  /** The command line behind a button's `callback_data` (see ButtonData). */
  readonly buttonCommand: (data: string) => string | undefined;
  /** Button presses carry no date of their own. */
  readonly now: Date;
}

const isGroup = (chat: Chat): boolean => chat.type === 'group' || chat.type === 'supergroup';
const at = (seconds: number): Date => new Date(seconds * 1000);

/**
 * The chat an update belongs to: updates with the same key are delivered in order.
 * Undefined for updates that belong to no chat (they are never delivered anyway).
 */
export function chatKeyOf(update: Update): string | undefined {
  const chat =
    update.message?.chat ??
    update.edited_message?.chat ??
    update.callback_query?.message?.chat ??
    update.my_chat_member?.chat;
  return chat ? idString(chat.id) : undefined;
}

/**
 * The group whose admin list decides `fromIsChatAdmin` for this update: set only for a
 * command or a button press in a group, so ordinary messages cost no API call.
 */
export function commandChatOf(update: Update, context: Pick<ReadContext, 'me'>): string | undefined {
  const msg = update.message;
  if (msg && isGroup(msg.chat) && commandOfMessage(msg, context.me.username)) return idString(msg.chat.id);
  const pressed = update.callback_query?.message?.chat;
  return pressed && isGroup(pressed) ? idString(pressed.id) : undefined;
}

/**
 * Translates one Telegram update into what the brain understands. Pure: the same update
 * and context give the same events. Most updates give one event or none; a service
 * message adding several members gives one `member_joined` each.
 */
export function toChatEvents(update: Update, context: ReadContext): ChatEvent[] {
  if (update.message) return fromMessage(update.message, context);
  if (update.edited_message) return fromEdit(update.edited_message, context);
  if (update.callback_query) return fromButton(update.callback_query, context);
  if (update.my_chat_member) return fromBotMembership(update.my_chat_member, context);
  return [];
}

function fromMessage(msg: Message, context: ReadContext): ChatEvent[] {
  const parsed = commandOfMessage(msg, context.me.username);
  if (msg.chat.type === 'private') {
    if (parsed?.name === 'start' && msg.from) {
      return [
        { type: 'private_chat_opened', platform: TELEGRAM, userId: idString(msg.from.id), at: at(msg.date) },
      ];
    }
    const cmd = known(parsed);
    return cmd ? [command(msg, cmd, context)] : [];
  }
  if (!isGroup(msg.chat)) return [];
  const chatId = idString(msg.chat.id);
  const base = { platform: TELEGRAM, chatId, at: at(msg.date) };
  if (msg.migrate_to_chat_id !== undefined) {
    return [
      {
        type: 'chat_moved',
        platform: TELEGRAM,
        fromChatId: chatId,
        toChatId: idString(msg.migrate_to_chat_id),
        at: base.at,
      },
    ];
  }
  if (msg.new_chat_members) {
    return msg.new_chat_members
      .filter((u) => u.id !== context.me.id)
      .map((u) => ({ type: 'member_joined' as const, ...base, member: authorOfUser(u) }));
  }
  if (msg.left_chat_member) {
    const left = msg.left_chat_member;
    return left.id === context.me.id ? [] : [{ type: 'member_left', ...base, memberId: idString(left.id) }];
  }
  const cmd = known(parsed);
  if (cmd) return [command(msg, cmd, context)];
  return readable(msg) ? [{ type: 'message', message: toIncomingMessage(msg, false) }] : [];
}

/** Edits are moderated like new messages; an edited command is not run a second time. */
function fromEdit(msg: Message, context: ReadContext): ChatEvent[] {
  if (!isGroup(msg.chat) || !readable(msg)) return [];
  if (known(commandOfMessage(msg, context.me.username))) return [];
  return [{ type: 'message', message: toIncomingMessage(msg, true) }];
}

/** Service messages (pins, title changes) carry nothing to moderate. */
function readable(msg: Message): boolean {
  return textOf(msg) !== '' || mediaOf(msg) !== undefined;
}

function command(msg: Message, parsed: KnownCommand, context: ReadContext): ChatEvent {
  const from = authorOf(msg);
  const isPrivate = msg.chat.type === 'private';
  return {
    type: 'command',
    command: {
      platform: TELEGRAM,
      chatId: idString(msg.chat.id),
      isPrivate,
      from,
      fromIsChatAdmin: !isPrivate && (isAnonymousAdmin(msg) || (context.admins?.has(from.id) ?? false)),
      name: parsed.name,
      args: parsed.args,
      at: at(msg.date),
      replyHandle: encodeReplyHandle({
        chatId: idString(msg.chat.id),
        messageId: idString(msg.message_id),
        userId: from.id,
      }),
    },
  };
}

function fromButton(query: CallbackQuery, context: ReadContext): ChatEvent[] {
  const chat = query.message?.chat;
  const line = query.data === undefined ? undefined : context.buttonCommand(query.data);
  const parsed = known(line === undefined ? undefined : parseCommandLine(line));
  if (!chat || !query.message || !parsed) return [];
  const from = authorOfUser(query.from);
  const isPrivate = chat.type === 'private';
  const chatId = idString(chat.id);
  return [
    {
      type: 'command',
      command: {
        platform: TELEGRAM,
        chatId,
        isPrivate,
        from,
        fromIsChatAdmin: !isPrivate && (context.admins?.has(from.id) ?? false),
        name: parsed.name,
        args: parsed.args,
        at: context.now,
        replyHandle: encodeReplyHandle({
          chatId,
          messageId: idString(query.message.message_id),
          userId: from.id,
        }),
        viaButton: true,
      },
    },
  ];
}

function fromBotMembership(update: ChatMemberUpdated, context: ReadContext): ChatEvent[] {
  const { chat, old_chat_member: before, new_chat_member: after } = update;
  if (after.user.id !== context.me.id) return [];
  if (chat.type === 'private') {
    return privateChatReopened(before, after)
      ? [
          {
            type: 'private_chat_opened',
            platform: TELEGRAM,
            userId: idString(update.from.id),
            at: at(update.date),
          },
        ]
      : [];
  }
  const status = isGroup(chat) ? botStatusChange(before, after) : undefined;
  if (!status) return [];
  return [
    {
      type: 'bot_status',
      platform: TELEGRAM,
      chatId: idString(chat.id),
      status,
      ...('title' in chat && chat.title ? { chatTitle: chat.title } : {}),
      by: authorOfUser(update.from),
      at: at(update.date),
    },
  ];
}

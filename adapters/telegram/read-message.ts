import type { Chat, Message, MessageEntity, User } from 'grammy/types';
import type { Author, IncomingMessage, MediaKind } from '../../src/core/message.js';
import { idString, TELEGRAM } from './telegram-ids.js';

/** A member as the brain sees them; roles are the brain's business, so always `unknown` here. */
export function authorOfUser(user: User): Author {
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ').trim();
  return {
    id: idString(user.id),
    name: name || user.username || idString(user.id),
    role: 'unknown',
    isBot: user.is_bot,
  };
}

/**
 * Who wrote a message. Anonymous admins and linked channels post "as a chat": the chat
 * is then the author (Telegram's `from` is a placeholder bot in that case).
 */
export function authorOf(msg: Message): Author {
  if (msg.sender_chat) return authorOfChat(msg.sender_chat);
  if (msg.from) return authorOfUser(msg.from);
  return authorOfChat(msg.chat);
}

function authorOfChat(chat: Chat): Author {
  const name = 'title' in chat && chat.title ? chat.title : (chat.username ?? idString(chat.id));
  return { id: idString(chat.id), name, role: 'unknown', isBot: false };
}

/** True when an anonymous admin of the group itself wrote the message. */
export function isAnonymousAdmin(msg: Message): boolean {
  return msg.sender_chat?.id === msg.chat.id;
}

/**
 * The media kind for the consent register (protocol A5). Voice notes and audio are
 * both recordings of people; video notes and animations are moving images.
 */
export function mediaOf(msg: Message): IncomingMessage['media'] {
  const kind: MediaKind | undefined = msg.photo
    ? 'photo'
    : msg.video || msg.video_note || msg.animation
      ? 'video'
      : msg.voice || msg.audio
        ? 'audio'
        : msg.document
          ? 'document'
          : undefined;
  return kind ? { kind, count: 1 } : undefined;
}

/**
 * What the moderation core reads: the text or caption, and the readable parts of
 * shared contacts, venues and polls (a shared contact card is personal data, A2).
 */
export function textOf(msg: Message): string {
  if (msg.text !== undefined) return msg.text;
  if (msg.caption !== undefined) return msg.caption;
  if (msg.contact) {
    const c = msg.contact;
    return [c.first_name, c.last_name, c.phone_number].filter(Boolean).join(' ');
  }
  if (msg.venue) return `${msg.venue.title}, ${msg.venue.address}`;
  if (msg.poll) return [msg.poll.question, ...msg.poll.options.map((o) => o.text)].join('\n');
  return '';
}

/** Usernames (`@name`) and named mentions of people without a username, without `@`. */
export function mentionsOf(msg: Message): string[] {
  const text = msg.text ?? msg.caption ?? '';
  const entities: readonly MessageEntity[] = msg.entities ?? msg.caption_entities ?? [];
  const out: string[] = [];
  for (const e of entities) {
    if (e.type === 'mention') out.push(text.slice(e.offset + 1, e.offset + e.length));
    else if (e.type === 'text_mention') out.push(authorOfUser(e.user).name);
  }
  return out;
}

/**
 * Translate one group message. In forum supergroups every topic message "replies" to
 * the topic's opening service message: that is not a reply between members.
 */
export function toIncomingMessage(msg: Message, edited: boolean): IncomingMessage {
  const chatId = idString(msg.chat.id);
  const replied = msg.reply_to_message;
  const isTopicRoot = replied?.forum_topic_created !== undefined;
  const media = mediaOf(msg);
  const seconds = edited ? (msg.edit_date ?? msg.date) : msg.date;
  return {
    ref: { platform: TELEGRAM, chatId, messageId: idString(msg.message_id) },
    author: authorOf(msg),
    text: textOf(msg),
    ...(media ? { media } : {}),
    sentAt: new Date(seconds * 1000),
    edited,
    ...(replied && !isTopicRoot
      ? {
          replyTo: {
            platform: TELEGRAM,
            chatId,
            messageId: idString(replied.message_id),
            ...(replied.from || replied.sender_chat ? { authorId: authorOf(replied).id } : {}),
          },
        }
      : {}),
    mentions: mentionsOf(msg),
  };
}

import type { Params } from './fake-telegram-body.js';

/** A Bot API answer. */
export type Answer =
  | { readonly ok: true; readonly result: unknown }
  | {
      readonly ok: false;
      readonly error_code: number;
      readonly description: string;
      readonly parameters?: { readonly retry_after?: number; readonly migrate_to_chat_id?: number };
    };

export interface TgUser {
  readonly id: number;
  readonly is_bot: boolean;
  readonly first_name: string;
  readonly username?: string;
}

export type MemberStatus = 'creator' | 'administrator' | 'member' | 'restricted' | 'left' | 'kicked';
export interface Member {
  status: MemberStatus;
  /** Admin rights (administrators only). */
  rights?: { can_delete_messages: boolean; can_restrict_members: boolean };
}

export interface TgChat {
  readonly id: number;
  readonly type: 'group' | 'supergroup' | 'private';
  readonly title?: string;
  readonly members: Map<number, Member>;
}

/** Something the bot sent, as a test looks at it. */
export interface Sent {
  readonly chatId: number;
  readonly messageId: number;
  readonly text?: string;
  readonly document?: { readonly filename: string; readonly content: string };
  readonly params: Params;
}

/**
 * The part of Telegram the adapter meets: users, chats with members and admin rights,
 * messages with their dates, who opened a private chat with the bot, and what the bot
 * did. The Bot API methods answer from it (fake-telegram-methods.ts).
 */
export class FakeChats {
  readonly bot: TgUser = {
    id: 7_000_000_001,
    is_bot: true,
    first_name: 'KlasWacht',
    username: 'KlasWachtBot',
  };
  /** BotFather's `/setprivacy`: false while privacy mode is on (the default for new bots). */
  canReadAllGroupMessages = false;
  readonly users = new Map<number, TgUser>();
  readonly chats = new Map<number, TgChat>();
  /** Users who pressed Start in a private chat with the bot (and did not block it). */
  readonly privateOpen = new Set<number>();
  readonly messages = new Map<string, { readonly date: number; readonly fromId: number }>();
  readonly sent: Sent[] = [];
  readonly deleted: Array<{ readonly chatId: number; readonly messageId: number }> = [];
  readonly restricted: Params[] = [];
  readonly answeredCallbacks: Params[] = [];
  readonly commandMenus = new Map<string, Array<{ command: string; description: string }>>();
  webhook: { readonly url: string; readonly secret?: string } | undefined;
  /** The fake's clock in seconds; message dates come from it. */
  now: () => number = () => Math.floor(Date.now() / 1000);
  private nextMessageId = 1;

  user(id: number, first_name: string, username?: string): TgUser {
    const u = { id, is_bot: false, first_name, ...(username ? { username } : {}) };
    this.users.set(id, u);
    return u;
  }

  group(id: number, title: string, type: 'group' | 'supergroup' = 'supergroup'): TgChat {
    const chat = { id, type, title, members: new Map<number, Member>() };
    this.chats.set(id, chat);
    return chat;
  }

  setMember(chatId: number, userId: number, member: Member): void {
    this.chats.get(chatId)?.members.set(userId, member);
  }

  /** Records a message as Telegram stores it, returning the Message object. */
  message(chatId: number, from: TgUser, fields: Params, date = this.now()): Params {
    const chat = this.chatObject(chatId);
    const message_id = this.nextMessageId++;
    this.messages.set(`${chatId}:${message_id}`, { date, fromId: from.id });
    return { message_id, date, chat, from, ...fields };
  }

  chatObject(chatId: number): Params {
    const chat = this.chats.get(chatId);
    if (chat) return { id: chat.id, type: chat.type, ...(chat.title ? { title: chat.title } : {}) };
    const user = this.users.get(chatId);
    return { id: chatId, type: 'private', first_name: user?.first_name ?? 'Onbekend' };
  }

  /** The bot's membership in a chat, if it is in it. */
  botIn(chat: TgChat): Member | undefined {
    const m = chat.members.get(this.bot.id);
    return m && m.status !== 'left' && m.status !== 'kicked' ? m : undefined;
  }

  /** A ChatMember object as the Bot API returns it. */
  chatMember(chatId: number, userId: number): Params {
    const user = userId === this.bot.id ? this.bot : this.users.get(userId);
    const m = this.chats.get(chatId)?.members.get(userId) ?? { status: 'left' as const };
    const admin = m.status === 'administrator' ? adminRights(m.rights) : {};
    const restricted = m.status === 'restricted' ? { is_member: true, can_send_messages: false } : {};
    return { status: m.status, user, ...admin, ...restricted };
  }
}

function adminRights(rights: Member['rights']): Params {
  return {
    can_be_edited: false,
    is_anonymous: false,
    can_manage_chat: true,
    can_delete_messages: rights?.can_delete_messages ?? false,
    can_manage_video_chats: false,
    can_restrict_members: rights?.can_restrict_members ?? false,
    can_promote_members: false,
    can_change_info: false,
    can_invite_users: true,
    can_post_stories: false,
    can_edit_stories: false,
    can_delete_stories: false,
    can_pin_messages: false,
  };
}

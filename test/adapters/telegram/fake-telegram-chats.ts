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

const ok = (result: unknown): Answer => ({ ok: true, result });
const bad = (error_code: number, description: string): Answer => ({ ok: false, error_code, description });
const DAY_S = 24 * 3600;

/**
 * The part of Telegram the adapter meets: users, chats with members and admin rights,
 * messages with their dates, who opened a private chat with the bot. Methods answer as
 * the real Bot API does, refusals included (descriptions copied from Telegram).
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

  chatMember(chatId: number, userId: number): Params {
    const user = userId === this.bot.id ? this.bot : this.users.get(userId);
    const m = this.chats.get(chatId)?.members.get(userId) ?? { status: 'left' as const };
    const admin = m.status === 'administrator' ? adminRights(m.rights) : {};
    const restricted = m.status === 'restricted' ? { is_member: true, can_send_messages: false } : {};
    return { status: m.status, user, ...admin, ...restricted };
  }

  call(method: string, p: Params): Answer {
    switch (method) {
      case 'getMe':
        return ok({
          ...this.bot,
          can_join_groups: true,
          can_read_all_group_messages: this.canReadAllGroupMessages,
          supports_inline_queries: false,
        });
      case 'setWebhook':
        if (!String(p.url).startsWith('https://'))
          return bad(400, 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook');
        this.webhook = { url: String(p.url), ...(p.secret_token ? { secret: String(p.secret_token) } : {}) };
        return ok(true);
      case 'deleteWebhook':
        this.webhook = undefined;
        return ok(true);
      case 'setMyCommands':
        return this.setMyCommands(p);
      case 'sendMessage':
      case 'sendDocument':
        return this.send(method, p);
      case 'deleteMessage':
        return this.deleteMessage(Number(p.chat_id), Number(p.message_id));
      case 'restrictChatMember':
        return this.restrict(p);
      case 'getChatAdministrators':
        return this.administrators(Number(p.chat_id));
      case 'getChatMember':
        return ok(this.chatMember(Number(p.chat_id), Number(p.user_id)));
      case 'answerCallbackQuery':
        this.answeredCallbacks.push(p);
        return ok(true);
      default:
        return bad(404, 'Not Found');
    }
  }

  private botIn(chat: TgChat): Member | undefined {
    const m = chat.members.get(this.bot.id);
    return m && m.status !== 'left' && m.status !== 'kicked' ? m : undefined;
  }

  private send(method: string, p: Params): Answer {
    const chatId = Number(p.chat_id);
    const chat = this.chats.get(chatId);
    if (chat && !this.botIn(chat)) return bad(403, `Forbidden: bot is not a member of the ${chat.type} chat`);
    if (!chat && !this.users.has(chatId)) return bad(400, 'Bad Request: chat not found');
    if (!chat && !this.privateOpen.has(chatId))
      return bad(403, "Forbidden: bot can't initiate conversation with a user");
    const text = p.text === undefined ? undefined : String(p.text);
    if (text !== undefined && (text.length === 0 || text.length > 4096)) {
      return bad(
        400,
        text.length ? 'Bad Request: message is too long' : 'Bad Request: message text is empty',
      );
    }
    const markup = p.reply_markup as
      | { inline_keyboard?: Array<Array<{ callback_data?: string }>> }
      | undefined;
    const tooLong = markup?.inline_keyboard
      ?.flat()
      .some((b) => Buffer.byteLength(b.callback_data ?? '') > 64);
    if (tooLong) return bad(400, 'Bad Request: BUTTON_DATA_INVALID');
    const document = method === 'sendDocument' ? (p.document as Sent['document']) : undefined;
    const msg = this.message(chatId, this.bot, {
      ...(text ? { text } : {}),
      ...(markup ? { reply_markup: markup } : {}),
    });
    this.sent.push({
      chatId,
      messageId: Number(msg.message_id),
      ...(text ? { text } : {}),
      ...(document ? { document } : {}),
      params: p,
    });
    return ok(msg);
  }

  private deleteMessage(chatId: number, messageId: number): Answer {
    const msg = this.messages.get(`${chatId}:${messageId}`);
    const chat = this.chats.get(chatId);
    if (!msg || !chat) return bad(400, 'Bad Request: message to delete not found');
    const bot = this.botIn(chat);
    const own = msg.fromId === this.bot.id;
    const mayDelete = own || (bot?.status === 'administrator' && bot.rights?.can_delete_messages);
    if (!mayDelete || this.now() - msg.date >= 2 * DAY_S)
      return bad(400, "Bad Request: message can't be deleted");
    this.messages.delete(`${chatId}:${messageId}`);
    this.deleted.push({ chatId, messageId });
    return ok(true);
  }

  private restrict(p: Params): Answer {
    const chat = this.chats.get(Number(p.chat_id));
    if (!chat) return bad(400, 'Bad Request: chat not found');
    if (chat.type !== 'supergroup')
      return bad(400, 'Bad Request: method is available for supergroup and channel chats only');
    const bot = this.botIn(chat);
    if (bot?.status !== 'administrator' || !bot.rights?.can_restrict_members) {
      return bad(400, 'Bad Request: not enough rights to restrict/unrestrict chat member');
    }
    const target = chat.members.get(Number(p.user_id));
    if (target?.status === 'administrator' || target?.status === 'creator')
      return bad(400, 'Bad Request: user is an administrator of the chat');
    chat.members.set(Number(p.user_id), { status: 'restricted' });
    this.restricted.push(p);
    return ok(true);
  }

  private administrators(chatId: number): Answer {
    const chat = this.chats.get(chatId);
    if (!chat)
      return bad(
        400,
        this.users.has(chatId)
          ? 'Bad Request: there are no administrators in the private chat'
          : 'Bad Request: chat not found',
      );
    if (!this.botIn(chat)) return bad(403, `Forbidden: bot is not a member of the ${chat.type} chat`);
    const admins = [...chat.members].filter(
      ([, m]) => m.status === 'creator' || m.status === 'administrator',
    );
    return ok(admins.map(([id]) => this.chatMember(chatId, id)));
  }

  private setMyCommands(p: Params): Answer {
    const commands = p.commands as Array<{ command: string; description: string }>;
    const valid = commands.every(
      (c) => /^[a-z0-9_]{1,32}$/.test(c.command) && c.description.length >= 1 && c.description.length <= 256,
    );
    if (!valid || commands.length > 100) return bad(400, 'Bad Request: BOT_COMMAND_INVALID');
    this.commandMenus.set(String(p.language_code ?? ''), commands);
    return ok(true);
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

import type { Params } from './fake-telegram-body.js';
import type { Answer, FakeChats, Sent } from './fake-telegram-chats.js';

const ok = (result: unknown): Answer => ({ ok: true, result });
const bad = (error_code: number, description: string): Answer => ({ ok: false, error_code, description });
const DAY_S = 24 * 3600;

/**
 * The Bot API methods the adapter calls, answered from the fake's model as Telegram
 * does, refusals included (descriptions copied from Telegram). Anything else: 404.
 */
export function callMethod(c: FakeChats, method: string, p: Params): Answer {
  switch (method) {
    case 'getMe':
      return ok({
        ...c.bot,
        can_join_groups: true,
        can_read_all_group_messages: c.canReadAllGroupMessages,
        supports_inline_queries: false,
      });
    case 'setWebhook':
      if (!String(p.url).startsWith('https://'))
        return bad(400, 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook');
      c.webhook = { url: String(p.url), ...(p.secret_token ? { secret: String(p.secret_token) } : {}) };
      return ok(true);
    case 'deleteWebhook':
      c.webhook = undefined;
      return ok(true);
    case 'setMyCommands':
      return setMyCommands(c, p);
    case 'sendMessage':
    case 'sendDocument':
      return send(c, method, p);
    case 'deleteMessage':
      return deleteMessage(c, Number(p.chat_id), Number(p.message_id));
    case 'restrictChatMember':
      return restrict(c, p);
    case 'getChatAdministrators':
      return administrators(c, Number(p.chat_id));
    case 'getChatMember':
      return ok(c.chatMember(Number(p.chat_id), Number(p.user_id)));
    case 'answerCallbackQuery':
      c.answeredCallbacks.push(p);
      return ok(true);
    default:
      return bad(404, 'Not Found');
  }
}

function send(c: FakeChats, method: string, p: Params): Answer {
  const chatId = Number(p.chat_id);
  const chat = c.chats.get(chatId);
  if (chat && !c.botIn(chat)) return bad(403, `Forbidden: bot is not a member of the ${chat.type} chat`);
  if (!chat && !c.users.has(chatId)) return bad(400, 'Bad Request: chat not found');
  if (!chat && !c.privateOpen.has(chatId))
    return bad(403, "Forbidden: bot can't initiate conversation with a user");
  const text = p.text === undefined ? undefined : String(p.text);
  if (text !== undefined && (text.length === 0 || text.length > 4096)) {
    return bad(400, text.length ? 'Bad Request: message is too long' : 'Bad Request: message text is empty');
  }
  const markup = p.reply_markup as { inline_keyboard?: Array<Array<{ callback_data?: string }>> } | undefined;
  const tooLong = markup?.inline_keyboard?.flat().some((b) => Buffer.byteLength(b.callback_data ?? '') > 64);
  if (tooLong) return bad(400, 'Bad Request: BUTTON_DATA_INVALID');
  const document = method === 'sendDocument' ? (p.document as Sent['document']) : undefined;
  const msg = c.message(chatId, c.bot, {
    ...(text ? { text } : {}),
    ...(markup ? { reply_markup: markup } : {}),
  });
  c.sent.push({
    chatId,
    messageId: Number(msg.message_id),
    ...(text ? { text } : {}),
    ...(document ? { document } : {}),
    params: p,
  });
  return ok(msg);
}

function deleteMessage(c: FakeChats, chatId: number, messageId: number): Answer {
  const msg = c.messages.get(`${chatId}:${messageId}`);
  const chat = c.chats.get(chatId);
  if (!msg || !chat) return bad(400, 'Bad Request: message to delete not found');
  const bot = c.botIn(chat);
  const own = msg.fromId === c.bot.id;
  const mayDelete = own || (bot?.status === 'administrator' && bot.rights?.can_delete_messages);
  if (!mayDelete || c.now() - msg.date >= 2 * DAY_S) return bad(400, "Bad Request: message can't be deleted");
  c.messages.delete(`${chatId}:${messageId}`);
  c.deleted.push({ chatId, messageId });
  return ok(true);
}

function restrict(c: FakeChats, p: Params): Answer {
  const chat = c.chats.get(Number(p.chat_id));
  if (!chat) return bad(400, 'Bad Request: chat not found');
  if (chat.type !== 'supergroup')
    return bad(400, 'Bad Request: method is available for supergroup and channel chats only');
  const bot = c.botIn(chat);
  if (bot?.status !== 'administrator' || !bot.rights?.can_restrict_members) {
    return bad(400, 'Bad Request: not enough rights to restrict/unrestrict chat member');
  }
  const target = chat.members.get(Number(p.user_id));
  if (target?.status === 'administrator' || target?.status === 'creator')
    return bad(400, 'Bad Request: user is an administrator of the chat');
  chat.members.set(Number(p.user_id), { status: 'restricted' });
  c.restricted.push(p);
  return ok(true);
}

function administrators(c: FakeChats, chatId: number): Answer {
  const chat = c.chats.get(chatId);
  if (!chat)
    return bad(
      400,
      c.users.has(chatId)
        ? 'Bad Request: there are no administrators in the private chat'
        : 'Bad Request: chat not found',
    );
  if (!c.botIn(chat)) return bad(403, `Forbidden: bot is not a member of the ${chat.type} chat`);
  const admins = [...chat.members].filter(([, m]) => m.status === 'creator' || m.status === 'administrator');
  return ok(admins.map(([id]) => c.chatMember(chatId, id)));
}

function setMyCommands(c: FakeChats, p: Params): Answer {
  const commands = p.commands as Array<{ command: string; description: string }>;
  const valid = commands.every(
    (c) => /^[a-z0-9_]{1,32}$/.test(c.command) && c.description.length >= 1 && c.description.length <= 256,
  );
  if (!valid || commands.length > 100) return bad(400, 'Bad Request: BOT_COMMAND_INVALID');
  c.commandMenus.set(String(p.language_code ?? ''), commands);
  return ok(true);
}

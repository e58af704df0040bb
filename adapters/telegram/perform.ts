import { type Api, GrammyError, InputFile } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { ActionButton, ActionResult, OutboundAction } from '../../src/core/chat/outbound-action.js';
import { type Destination, refusalOf } from './action-result.js';
import type { AdminCache } from './admin-cache.js';
import type { ButtonData } from './button-data.js';
import type { RecentMap } from './recent-map.js';
import { decodeReplyHandle } from './reply-handle.js';
import { splitText } from './split-text.js';
import { DELETE_WINDOW_MS, telegramId } from './telegram-ids.js';

/** What performing an action needs from the adapter. */
export interface PerformDeps {
  readonly api: Api;
  readonly buttons: ButtonData;
  readonly admins: AdminCache;
  /** When messages the adapter saw were sent (ms), keyed `chatId:messageId`: the 48-hour window. */
  readonly sentAt: RecentMap<string, number>;
  readonly now: () => number;
}

/** Telegram treats a restriction shorter than 30 seconds as for ever; never mute for ever by accident. */
const MIN_MUTE_MS = 31_000;

/**
 * Translates one OutboundAction into Bot API calls. Plain text only (no parse mode, so
 * nothing a member wrote can turn into markup), link previews off (no request leaves
 * for a link a member posted). Every refusal comes back as a value.
 */
export async function performAction(action: OutboundAction, deps: PerformDeps): Promise<ActionResult> {
  switch (action.kind) {
    case 'send_group':
      return send(deps, action.chatId, 'group', action.text, { replyTo: action.replyToMessageId });
    case 'send_private':
      return send(deps, action.userId, 'private', action.text, { buttons: action.buttons });
    case 'reply':
      return reply(action, deps);
    case 'delete':
      return remove(action.chatId, action.messageId, deps);
    case 'mute':
      return mute(action.chatId, action.userId, action.until, deps);
  }
}

interface SendOptions {
  readonly replyTo?: string | undefined;
  readonly buttons?: readonly ActionButton[] | undefined;
}

async function send(deps: PerformDeps, chatId: string, to: Destination, text: string, options: SendOptions) {
  const parts = splitText(text);
  let first: string | undefined;
  try {
    for (const [i, part] of parts.entries()) {
      const last = i === parts.length - 1;
      const sent = await deps.api.sendMessage(telegramId(chatId, 'chat id'), part, {
        link_preview_options: { is_disabled: true },
        ...(i === 0 && options.replyTo
          ? {
              reply_parameters: {
                message_id: telegramId(options.replyTo, 'message id'),
                allow_sending_without_reply: true,
              },
            }
          : {}),
        ...(last && options.buttons?.length ? { reply_markup: keyboard(options.buttons, deps.buttons) } : {}),
      });
      first ??= String(sent.message_id);
    }
  } catch (error) {
    return refusalOf(error, to);
  }
  return first === undefined ? { ok: true as const } : { ok: true as const, messageId: first };
}

/** One button per row: the Dutch labels (Naar leidinggevende) are too long to share a row on a phone. */
function keyboard(buttons: readonly ActionButton[], data: ButtonData): InlineKeyboardMarkup {
  return { inline_keyboard: buttons.map((b) => [{ text: b.label, callback_data: data.encode(b.command) }]) };
}

/**
 * Answers a command where it was given (as a reply to it), or privately: the invoker's
 * private chat, which for a command in the private chat or a button on an alert is the
 * same chat. Files (exports) follow the text as documents.
 */
async function reply(
  action: Extract<OutboundAction, { kind: 'reply' }>,
  deps: PerformDeps,
): Promise<ActionResult> {
  const target = decodeReplyHandle(action.replyHandle);
  if (!target) return { ok: false, reason: 'failed', detail: 'reply: not a Telegram reply handle' };
  const to: Destination = action.private ? 'private' : target.chatId === target.userId ? 'private' : 'group';
  const chatId = action.private ? target.userId : target.chatId;
  const inSameChat = chatId === target.chatId;
  let result: ActionResult = { ok: true };
  if (action.text.length > 0 || !action.files?.length) {
    result = await send(deps, chatId, to, action.text, {
      replyTo: inSameChat ? target.messageId : undefined,
      buttons: action.buttons,
    });
    if (!result.ok) return result;
  }
  for (const file of action.files ?? []) {
    try {
      const doc = await deps.api.sendDocument(
        telegramId(chatId, 'chat id'),
        new InputFile(Buffer.from(file.content, 'utf8'), file.name),
      );
      if (!result.messageId) result = { ok: true, messageId: String(doc.message_id) };
    } catch (error) {
      return refusalOf(error, to);
    }
  }
  return result;
}

/**
 * Deletes a message. Telegram answers "message can't be deleted" both when the bot
 * lacks the right and when the message is older than 48 hours, so the bot's rights are
 * looked up afresh to tell `forbidden` from `too_old`; a message the adapter saw
 * arriving more than 48 hours ago is `too_old` without asking.
 */
async function remove(chatId: string, messageId: string, deps: PerformDeps): Promise<ActionResult> {
  const sentAt = deps.sentAt.get(`${chatId}:${messageId}`);
  if (sentAt !== undefined && deps.now() - sentAt >= DELETE_WINDOW_MS) {
    return { ok: false, reason: 'too_old', detail: 'deleteMessage: older than 48 hours' };
  }
  try {
    await deps.api.deleteMessage(telegramId(chatId, 'chat id'), telegramId(messageId, 'message id'));
    return { ok: true };
  } catch (error) {
    if (!(error instanceof GrammyError && /can't be deleted/i.test(error.description))) {
      return refusalOf(error, 'group');
    }
    const admins = await deps.admins.get(chatId, { fresh: true });
    const detail = `deleteMessage: ${error.error_code} ${error.description}`;
    return admins.bot?.can_delete_messages
      ? { ok: false, reason: 'too_old', detail }
      : { ok: false, reason: 'forbidden', detail };
  }
}

/** Mutes with `restrictChatMember` until the given time (supergroups only). */
async function mute(chatId: string, userId: string, until: Date, deps: PerformDeps): Promise<ActionResult> {
  const untilMs = Math.max(until.getTime(), deps.now() + MIN_MUTE_MS);
  try {
    await deps.api.restrictChatMember(
      telegramId(chatId, 'chat id'),
      telegramId(userId, 'user id'),
      {
        can_send_messages: false,
        can_send_audios: false,
        can_send_documents: false,
        can_send_photos: false,
        can_send_videos: false,
        can_send_video_notes: false,
        can_send_voice_notes: false,
        can_send_polls: false,
        can_send_other_messages: false,
        can_add_web_page_previews: false,
      },
      { until_date: Math.ceil(untilMs / 1000), use_independent_chat_permissions: true },
    );
    return { ok: true };
  } catch (error) {
    return refusalOf(error, 'group');
  }
}

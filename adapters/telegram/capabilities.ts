import type { Capabilities } from '../../src/core/chat/chat-adapter.js';
import type { AdminList } from './admin-cache.js';
import { DELETE_WINDOW_MS, isSupergroupId } from './telegram-ids.js';

/**
 * The admin rights klaswacht uses, named as Telegram's admin settings name them, so the
 * teacher can be told exactly which switch to turn on.
 */
export const RIGHT_NAMES = { delete: 'Delete messages', restrict: 'Ban users' } as const;

/**
 * What the bot may do in a chat, from its real rights there. Privacy mode: a bot reads
 * every group message only if BotFather's `/setprivacy` is off
 * (`getMe().can_read_all_group_messages`) or it is an admin of the group; otherwise it
 * sees only commands, replies to it and mentions, and the brain says so in `status`.
 */
export function capabilitiesOf(
  chatId: string,
  admins: AdminList,
  canReadAllGroupMessages: boolean,
): Capabilities {
  const bot = admins.bot;
  const canDelete = bot?.can_delete_messages === true;
  const canRestrict = bot?.can_restrict_members === true;
  const missingRights = [
    ...(canDelete ? [] : [RIGHT_NAMES.delete]),
    ...(canRestrict ? [] : [RIGHT_NAMES.restrict]),
  ];
  return {
    canDelete,
    // Only supergroups can restrict members; an old-style group must be upgraded first.
    canMute: canRestrict && isSupergroupId(chatId),
    canReadAllMessages: canReadAllGroupMessages || bot !== undefined,
    canSendPrivate: true,
    deleteWindowMs: DELETE_WINDOW_MS,
    ...(admins.known ? { missingRights } : {}),
  };
}

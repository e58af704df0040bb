import type { ChatMember, ChatMemberAdministrator } from 'grammy/types';

/** How the bot's own membership changed, in the brain's words. */
export type BotStatusChange = 'added' | 'removed' | 'promoted' | 'demoted';

function isIn(m: ChatMember): boolean {
  switch (m.status) {
    case 'creator':
    case 'administrator':
    case 'member':
      return true;
    case 'restricted':
      return m.is_member;
    default:
      return false;
  }
}

/** The rights klaswacht's capabilities depend on. */
function moderationRights(m: ChatMemberAdministrator): readonly boolean[] {
  return [m.can_delete_messages, m.can_restrict_members];
}

/**
 * Reads a `my_chat_member` update about a group. Added or removed decides whether the
 * group is active; promoted or demoted changes what the bot may do (delete, mute, read
 * everything). An admin whose delete or restrict right was taken away counts as demoted.
 * Undefined when nothing the brain cares about changed.
 */
export function botStatusChange(before: ChatMember, after: ChatMember): BotStatusChange | undefined {
  const wasIn = isIn(before);
  const nowIn = isIn(after);
  if (wasIn !== nowIn) return nowIn ? 'added' : 'removed';
  if (!nowIn) return undefined;
  const wasAdmin = before.status === 'administrator';
  const nowAdmin = after.status === 'administrator';
  if (wasAdmin !== nowAdmin) return nowAdmin ? 'promoted' : 'demoted';
  if (before.status !== 'administrator' || after.status !== 'administrator') return undefined;
  const was = moderationRights(before);
  const now = moderationRights(after);
  if (was.some((right, i) => right && !now[i])) return 'demoted';
  if (now.some((right, i) => right && !was[i])) return 'promoted';
  return undefined;
}

/**
 * In a private chat, `my_chat_member` tells that the user blocked the bot (`kicked`) or
 * opened the chat again: then alerts waiting for them can go out.
 */
export function privateChatReopened(before: ChatMember, after: ChatMember): boolean {
  return before.status === 'kicked' && after.status === 'member';
}

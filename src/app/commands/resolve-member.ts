import type { Member } from '../../store/members.js';
import { sameName } from '../../store/store.js';
import type { CommandContext, CommandReply } from './command-context.js';
import { privately } from './command-context.js';

/**
 * Finds a member of the group by the name people see in the chat: an exact match (case
 * and spacing aside), else the one member whose name starts with it. No match or several
 * matches answer with a reply instead, so `forget Anna` never erases the wrong Anna.
 */
export function resolveMember(
  ctx: CommandContext,
  groupId: number,
  name: string,
): { readonly member: Member } | { readonly reply: CommandReply } {
  const members = ctx.deps.store.members.list(groupId);
  const exact = members.filter((m) => sameName(m.displayName, name));
  const lower = name.trim().toLocaleLowerCase('nl');
  const matches =
    exact.length > 0 ? exact : members.filter((m) => m.displayName.toLocaleLowerCase('nl').startsWith(lower));
  if (lower !== '' && matches.length === 1) return { member: matches[0] as Member };
  if (matches.length > 1 && lower !== '') {
    const candidates = matches.map((m) => m.displayName).join(', ');
    return { reply: privately(ctx.t('member.ambiguous', { name, candidates })) };
  }
  return { reply: privately(ctx.t('member.unknown', { name })) };
}

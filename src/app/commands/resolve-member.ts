import type { Member } from '../../store/members.js';
import { sameName } from '../../store/store.js';
import type { CommandContext, CommandReply } from './command-context.js';
import { privately } from './command-context.js';

/**
 * Finds a member of the group. A member the invoker picked from the platform's own list
 * (`inv.target`, a Discord user option) is found by id, through their pseudonym. A typed
 * name is matched as people see it in the chat (a leading `@` aside): an exact match
 * (case and spacing aside), else the one member whose name starts with it. No match or
 * several matches answer with a reply instead, so `forget Anna` never erases the wrong Anna.
 */
export function resolveMember(
  ctx: CommandContext,
  groupId: number,
  name: string,
): { readonly member: Member } | { readonly reply: CommandReply } {
  const target = ctx.inv.target;
  if (target) {
    const pseudonym = ctx.deps.pseudonymise(ctx.inv.platform, target.id);
    const member = ctx.deps.store.members.get(groupId, pseudonym);
    return member ? { member } : { reply: privately(ctx.t('member.not_seen', { name: target.name })) };
  }
  const typed = name.trim().replace(/^@/, '');
  const members = ctx.deps.store.members.list(groupId);
  const exact = members.filter((m) => sameName(m.displayName, typed));
  const lower = typed.toLocaleLowerCase('nl');
  const matches =
    exact.length > 0 ? exact : members.filter((m) => m.displayName.toLocaleLowerCase('nl').startsWith(lower));
  if (lower !== '' && matches.length === 1) return { member: matches[0] as Member };
  if (matches.length > 1 && lower !== '') {
    const candidates = matches.map((m) => m.displayName).join(', ');
    return { reply: privately(ctx.t('member.ambiguous', { name, candidates })) };
  }
  return { reply: privately(ctx.t('member.unknown', { name })) };
}

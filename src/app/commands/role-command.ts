import type { Role } from '../../core/message.js';
import type { CommandHandler } from './command-context.js';
import { privately } from './command-context.js';
import { resolveMember } from './resolve-member.js';

/** The roles a teacher gives by hand; teacher and supervisor come from `setup` and `supervisor`. */
type GivenRole = Extract<Role, 'staff' | 'parent' | 'pupil'>;

/** The words for them, in both languages, whatever the group's language. */
const ROLE_WORDS: Readonly<Record<string, GivenRole>> = {
  medewerker: 'staff',
  staff: 'staff',
  ouder: 'parent',
  parent: 'parent',
  leerling: 'pupil',
  pupil: 'pupil',
};

const USAGE = '/role naam medewerker|ouder|leerling  |  /role name staff|parent|pupil';

/**
 * `role <name> medewerker|ouder|leerling`: tells the bot who someone is in this group.
 * Telegram and Discord never say who works at the school, so without this B2 (staff who
 * join a discussion about the school say they are staff) could not apply there. The
 * store keeps the role against later sightings that know nothing (`unknown`) and audits
 * the change without names; the answer is private, because it is about a person.
 */
export const roleCommand: CommandHandler = (ctx) => {
  const group = ctx.group;
  if (!group) return [];
  const args = ctx.inv.args;
  const role = ROLE_WORDS[(args.at(-1) ?? '').toLocaleLowerCase('nl')];
  const name = args.slice(0, -1).join(' ').trim();
  if (!role || (name === '' && !ctx.inv.target)) return [privately(ctx.t('command.usage', { usage: USAGE }))];
  const found = resolveMember(ctx, group.id, name);
  if ('reply' in found) return [found.reply];
  const { member } = found;
  const params = { name: member.displayName, role: ctx.t(`role.${role}`), group: group.className };
  if (member.role === role) return [privately(ctx.t('member_role.unchanged', params))];
  const changed = ctx.deps.store.members.setRole(group.id, member.pseudonym, role, ctx.actor, ctx.now);
  if (!changed) return [privately(ctx.t('member.unknown', { name: member.displayName }))];
  const lines = [ctx.t('member_role.set', params)];
  if (role === 'staff' && group.type === 'parents') lines.push(ctx.t('member_role.staff_b2', params));
  return [privately(lines.join(' '))];
};

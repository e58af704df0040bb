import type { CommandHandler } from './command-context.js';
import { privately } from './command-context.js';
import { resolveMember } from './resolve-member.js';

const CONFIRM = new Set(['bevestig', 'confirm', 'ja', 'yes']);

/**
 * `forget <name>`: erases a member's data in this group (AVG art. 17): their profile,
 * incidents as author, consent, reminders and waiting alerts. It asks once for
 * confirmation (`forget <name> bevestig`), because it cannot be undone; the store
 * audits it with the pseudonym and counts only.
 */
export const forgetCommand: CommandHandler = (ctx) => {
  const group = ctx.group;
  if (!group) return [];
  const args = [...ctx.inv.args];
  const confirmed = args.length > 1 && CONFIRM.has((args.at(-1) ?? '').toLowerCase());
  if (confirmed) args.pop();
  const name = args.join(' ').trim();
  if (name === '') return [privately(ctx.t('command.usage', { usage: '/forget naam' }))];
  const found = resolveMember(ctx, group.id, name);
  if ('reply' in found) return [found.reply];
  const { member } = found;
  const { store } = ctx.deps;
  if (!confirmed) {
    const incidents = store.incidents.list({ groupId: group.id, author: member.pseudonym }).length;
    const word = ctx.lang === 'nl' ? 'bevestig' : 'confirm';
    return [
      privately(
        ctx.t('forget.confirm', {
          name: member.displayName,
          incidents,
          command: `forget ${member.displayName} ${word}`,
        }),
      ),
    ];
  }
  const counts = store.forgetMember(group.id, member.pseudonym, ctx.actor, ctx.now);
  ctx.services.membersErased(group.id);
  return [
    privately(
      ctx.t('forget.done', {
        name: member.displayName,
        incidents: counts.incidents,
        consent: counts.consent,
        reminders: counts.reminders,
      }),
    ),
  ];
};

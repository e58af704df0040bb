import type { CommandHandler } from './command-context.js';

const ADD = new Set(['toevoegen', 'add', '+']);
const REMOVE = new Set(['verwijderen', 'remove', 'verwijder', '-']);

/**
 * `allow`: the group's own public numbers and addresses (the school's phone, the
 * class e-mail) that are never flagged as personal data (ARCHITECTURE rule 2).
 *
 *     allow                              the list
 *     allow toevoegen 020-1234567        add (also `allow 020-1234567`)
 *     allow verwijderen 020-1234567      remove
 */
export const allowCommand: CommandHandler = (ctx) => {
  const group = ctx.group;
  if (!group) return [];
  const [first = '', ...rest] = ctx.inv.args;
  const current = group.allowList;
  if (ctx.inv.args.length === 0) {
    return [
      {
        text: current.length
          ? ctx.t('allow.list', { entries: current.map((e) => `- ${e}`).join('\n') })
          : ctx.t('allow.none'),
      },
    ];
  }
  const removing = REMOVE.has(first.toLowerCase());
  const words = ADD.has(first.toLowerCase()) || removing ? rest : ctx.inv.args;
  const entry = words.join(' ').trim().slice(0, 200);
  if (entry === '') return [{ text: ctx.t('allow.not_found', { entry: '""' }) }];
  const same = (e: string) =>
    e.replace(/[\s.\-()/]/g, '').toLowerCase() === entry.replace(/[\s.\-()/]/g, '').toLowerCase();
  if (removing) {
    if (!current.some(same)) return [{ text: ctx.t('allow.not_found', { entry }) }];
    ctx.deps.store.groups.update(
      group.id,
      { allowList: current.filter((e) => !same(e)) },
      ctx.actor,
      ctx.now,
    );
    return [{ text: ctx.t('allow.removed', { entry }) }];
  }
  if (!current.some(same)) {
    ctx.deps.store.groups.update(group.id, { allowList: [...current, entry] }, ctx.actor, ctx.now);
  }
  return [{ text: ctx.t('allow.added', { entry }) }];
};

import type { Language } from '../../core/categories.js';
import type { GroupPatch, GroupType } from '../../store/groups.js';
import type { CommandHandler } from './command-context.js';

const TYPES: Readonly<Record<string, GroupType>> = {
  ouders: 'parents',
  parents: 'parents',
  leerlingen: 'pupils',
  pupils: 'pupils',
  medewerkers: 'staff',
  personeel: 'staff',
  staff: 'staff',
};

/**
 * `setup [type] [language] [class name]`: registers the chat as a class group (if it
 * was not yet) and makes the admin who runs it the group's teacher. Once a teacher is
 * set, only that teacher or the supervisor may run it again (an admin cannot take the
 * group over). Alerts that waited for a teacher are delivered right after.
 */
export const setupCommand: CommandHandler = async (ctx) => {
  const { inv, deps, services } = ctx;
  const existing = ctx.group;
  const isTeacher = existing?.teacher?.platformId === inv.from.id;
  const isSupervisor = existing?.supervisor?.platformId === inv.from.id;
  if (existing?.teacher && !isTeacher && !isSupervisor) {
    return [{ text: ctx.t('setup.taken', { teacher: existing.teacher.name }) }];
  }
  if (!inv.fromIsChatAdmin && !isTeacher && !isSupervisor) {
    return [{ text: ctx.t('command.refused', { command: inv.name }), private: true }];
  }
  let type: GroupType | undefined;
  let language: Language | undefined;
  const name: string[] = [];
  for (const arg of inv.args) {
    const word = arg.toLowerCase();
    if (!type && name.length === 0 && TYPES[word]) type = TYPES[word];
    else if (!language && name.length === 0 && (word === 'nl' || word === 'en')) language = word;
    else name.push(arg);
  }
  const group =
    existing ?? services.groups.ensure(inv.platform, inv.chatId, name.join(' ') || undefined, ctx.actor);
  const patch: GroupPatch = {
    active: true,
    ...(type ? { type } : {}),
    ...(language ? { language } : {}),
    ...(name.length > 0 ? { className: name.join(' ').slice(0, 100) } : {}),
    ...(isSupervisor ? {} : { teacher: { platformId: inv.from.id, name: inv.from.name.slice(0, 100) } }),
  };
  const updated = deps.store.groups.update(group.id, patch, ctx.actor, ctx.now) ?? group;
  const lang = updated.language;
  const t = (key: string, params?: Record<string, string | number>) => deps.renderer.t(lang, key, params);
  await services.delivery.flushGroup(updated.id, { all: true });
  return [
    {
      text: t('setup.done', {
        group: updated.className,
        type: t(`group_type.${updated.type}`),
        language: updated.language,
        teacher: updated.teacher?.name ?? inv.from.name,
      }),
    },
  ];
};

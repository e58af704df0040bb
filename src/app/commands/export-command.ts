import type { OutgoingFile } from '../../core/chat/outbound-action.js';
import type { CommandHandler } from './command-context.js';
import { formatDay, privately } from './command-context.js';
import { groupDossier, memberDossier } from './dossier.js';
import { resolveMember } from './resolve-member.js';

const GROUP_WORDS = new Set(['groep', 'group', 'klas', 'class']);

/**
 * `export <name>` or `export groep`: a dossier as Markdown and CSV files, sent only to
 * the invoker (Sancties 2 and 4: for the pupil or personnel file; AVG art. 15: a
 * member's own data). Audited by the store: who exported whose data, with counts.
 */
export const exportCommand: CommandHandler = (ctx) => {
  const group = ctx.group;
  if (!group) return [];
  const { store } = ctx.deps;
  const t = ctx.t.bind(ctx);
  const who = ctx.inv.args.join(' ').trim();
  if (who === '') return [privately(ctx.t('command.usage', { usage: '/export naam | /export groep' }))];
  const by = ctx.inv.from.name;
  const day = formatDay(ctx.now, group.timeZone);
  if (GROUP_WORDS.has(who.toLowerCase())) {
    const incidents = store.incidents.list({ groupId: group.id });
    const dossier = groupDossier(t, group, incidents, by, ctx.now);
    store.audit.record({
      at: ctx.now,
      actor: ctx.actor,
      action: 'incidents.exported',
      groupId: group.id,
      details: { incidents: incidents.length },
    });
    return [
      privately(ctx.t('export.group_done', { group: group.className, count: incidents.length }), {
        files: files(`klaswacht-${slug(group.className)}-${day}`, dossier),
      }),
    ];
  }
  const found = resolveMember(ctx, group.id, who);
  if ('reply' in found) return [found.reply];
  const data = store.exportMember(
    { groupId: group.id, member: found.member.pseudonym, names: [found.member.displayName] },
    ctx.actor,
    ctx.now,
  );
  const dossier = memberDossier(t, group, data, by);
  return [
    privately(ctx.t('export.member_done', { name: found.member.displayName, count: data.incidents.length }), {
      files: files(`dossier-${slug(found.member.displayName)}-${day}`, dossier),
    }),
  ];
};

function files(base: string, dossier: { markdown: string; csv: string }): OutgoingFile[] {
  return [
    { name: `${base}.md`, mimeType: 'text/markdown', content: dossier.markdown },
    { name: `${base}.csv`, mimeType: 'text/csv', content: dossier.csv },
  ];
}

function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'lid'
  );
}

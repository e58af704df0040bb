import { capabilityLines } from './capability-lines.js';
import type { CommandContext, CommandHandler, CommandReply } from './command-context.js';
import { privately } from './command-context.js';
import { formatLessonHours } from './lesson-hours.js';

/** `help`: what everyone can do, and for staff what they can do too (privately). */
export const helpCommand: CommandHandler = (ctx) => {
  const replies: CommandReply[] = [{ text: ctx.t('help.everyone'), private: ctx.inv.isPrivate }];
  if (ctx.staff || ctx.candidates.length > 0) replies.push(privately(ctx.t('help.staff')));
  return replies;
};

/** `rules`: the group's norms in plain words, from the protocol (Uitgangspunten 3, A1-A7). */
export const rulesCommand: CommandHandler = (ctx) => {
  const g = ctx.group;
  if (!g) return [];
  const lines = [ctx.t('rules.text', { group: g.className, school: g.school })];
  if (g.type === 'pupils' && g.lessonHours.length > 0)
    lines.push(ctx.t('rules.lessons', { hours: hours(ctx) }));
  return [{ text: lines.join('\n') }];
};

/**
 * `status`: how the group is set up. Staff also see, privately, the number of open
 * alerts and what the bot can and cannot do here, with what to do about it.
 */
export const statusCommand: CommandHandler = async (ctx) => {
  const g = ctx.group;
  if (!g) return [];
  const nobody = ctx.t('status.nobody');
  const text = ctx.t('status.text', {
    group: g.className,
    school: g.school,
    type: ctx.t(`group_type.${g.type}`),
    language: g.language,
    teacher: g.teacher?.name ?? nobody,
    supervisor: g.supervisor?.name ?? nobody,
    lessons: g.lessonHours.length > 0 ? hours(ctx) : '-',
    days: g.retentionDays,
  });
  if (!ctx.staff) return [{ text }];
  const open = ctx.deps.store.incidents.list({ groupId: g.id, status: 'open', limit: 10_000 }).length;
  const rights = await capabilityLines(ctx, g);
  return [privately(`${text}\n${ctx.t('status.open', { count: open })}\n\n${rights.join('\n')}`)];
};

function hours(ctx: CommandContext): string {
  const g = ctx.group;
  return g ? formatLessonHours(g.lessonHours, (d) => ctx.t(`weekday.${d}`), ctx.lang) : '';
}

/** `announce` and `contacts` (B1) without SMTP settings (mail-wiring.ts replaces them): a polite answer. */
export const mailNotConfigured: CommandHandler = (ctx) => [
  privately(ctx.t('mail.not_configured', { command: ctx.inv.name })),
];

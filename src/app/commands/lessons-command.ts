import type { CommandHandler } from './command-context.js';
import { formatTime } from './command-context.js';
import { formatLessonHours, parseLessonHours } from './lesson-hours.js';

const CLEAR = new Set(['uit', 'off', 'geen', 'none', 'clear', 'wis']);
const FREE = new Set(['vrij', 'free', 'uitzondering', 'exception']);

/**
 * `lessons`: the group's lesson hours (A1: not active during lessons unless permitted).
 *
 *     lessons                          show them
 *     lessons ma-vr 08:30-12:00 13:00-14:30
 *     lessons uit                      remove them
 *     lessons vrij 45                  an exception for the next 45 minutes (default 60)
 */
export const lessonsCommand: CommandHandler = (ctx) => {
  const group = ctx.group;
  if (!group) return [];
  const { store } = ctx.deps;
  const args = ctx.inv.args;
  const show = (blocks: typeof group.lessonHours) =>
    formatLessonHours(blocks, (d) => ctx.t(`weekday.${d}`), ctx.lang);
  const first = (args[0] ?? '').toLowerCase();
  if (args.length === 0) {
    return [
      {
        text: group.lessonHours.length
          ? ctx.t('lessons.list', { hours: show(group.lessonHours) })
          : ctx.t('lessons.none'),
      },
    ];
  }
  if (CLEAR.has(first)) {
    store.groups.update(group.id, { lessonHours: [], lessonExceptionUntil: null }, ctx.actor, ctx.now);
    return [{ text: ctx.t('lessons.cleared') }];
  }
  if (FREE.has(first)) {
    const minutes = args[1] === undefined ? 60 : Number(args[1]);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 24 * 60)
      return [{ text: ctx.t('lessons.bad', { arg: args[1] ?? '' }) }];
    const until = new Date(ctx.now.getTime() + minutes * 60_000);
    store.groups.update(group.id, { lessonExceptionUntil: until }, ctx.actor, ctx.now);
    return [{ text: ctx.t('lessons.exception', { until: formatTime(until, group.timeZone).slice(11) }) }];
  }
  const parsed = parseLessonHours(args);
  if ('bad' in parsed) return [{ text: ctx.t('lessons.bad', { arg: parsed.bad }) }];
  store.groups.update(group.id, { lessonHours: parsed.blocks }, ctx.actor, ctx.now);
  return [{ text: ctx.t('lessons.set', { hours: show(parsed.blocks) }) }];
};

import { groupScopes } from './group-scopes.js';
import type { ScheduledJob } from './scheduled-job.js';

/** Within this many days of the first school day the reminder still goes (a catch-up after a long outage). */
export const CONSENT_REMINDER_DAYS = 14;
const DAY_MS = 86_400_000;

/**
 * At the start of the school year, privately to the teacher: is the consent register
 * (A5) up to date for the new class? Looked at on every tick of the school year's
 * first weeks, but its slot is the school year itself, so it goes once per year.
 */
export const consentReminderJob: ScheduledJob = {
  key: 'consentReminder',
  name: 'consent-reminder',
  pausesInHolidays: false,
  scopes: (ctx) => groupScopes(ctx, 'consentReminder', (g) => g.teacher !== undefined),
  slotFor(ctx, tick) {
    const day = ctx.calendar.day(tick);
    const start = ctx.calendar.schoolYearStart(day);
    const startMs = Date.parse(`${start}T00:00:00Z`);
    if (Date.parse(`${day}T00:00:00Z`) - startMs >= CONSENT_REMINDER_DAYS * DAY_MS) return undefined;
    return new Date(startMs);
  },
  async run(ctx, scope, slot, now) {
    const group = scope.group;
    if (!group?.teacher) return { status: 'skipped', detail: 'no_teacher' };
    const text = ctx.renderer.t(group.language, 'schedule.consent_reminder', {
      group: group.className,
      members: new Set(ctx.store.consent.list(group.id).map((e) => e.member)).size,
    });
    ctx.delivery.toStaff(
      group,
      'teacher',
      `consent-reminder:${group.id}:${slot.toISOString().slice(0, 10)}`,
      text,
      now,
    );
    return { status: 'done', detail: 'queued' };
  },
};

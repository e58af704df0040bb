import { CronSlots } from './cron-slots.js';
import { collectDigest } from './digest-data.js';
import { type DigestKind, renderDigest } from './digest-text.js';
import { groupScopes } from './group-scopes.js';
import type { ScheduledJob } from './scheduled-job.js';

const DAY_MS = 86_400_000;
/** How far back a digest period may reach (a summer holiday plus a week). */
const LOOK_BACK_DAYS = 62;

/**
 * The teacher's weekly and the supervisor's monthly digest, privately, through the
 * brain's outbox. The period runs from the last digest sent (or the previous slot of
 * the same schedule) to this one, so a group with its own day and time, or a holiday
 * in between, still gets gapless periods.
 */
function digestJob(kind: DigestKind): ScheduledJob {
  const key = kind === 'teacher' ? 'teacherDigest' : 'supervisorDigest';
  const name = `${kind}-digest`;
  const fallbackDays = kind === 'teacher' ? 7 : 30;
  const lookBack = kind === 'teacher' ? 4 : 3;
  return {
    key,
    name,
    pausesInHolidays: true,
    scopes: (ctx) =>
      groupScopes(ctx, key, (g) => (kind === 'teacher' ? g.teacher : g.supervisor) !== undefined),
    async run(ctx, scope, slot, now) {
      const group = scope.group;
      if (!group) return { status: 'skipped', detail: 'no_group' };
      // From the last digest actually sent (a holiday in between widens the period, so no
      // week goes unreported), else from the previous slot of this schedule.
      const lastSent = ctx.store.jobRuns
        .between(name, new Date(slot.getTime() - LOOK_BACK_DAYS * DAY_MS), slot)
        .filter((r) => r.scope === scope.id && r.status === 'done')
        .at(-1)?.slot;
      const slots = new CronSlots(scope.cron, ctx.config.timeZone);
      const before = slots.previous(new Date(slot.getTime() - 60_000), LOOK_BACK_DAYS);
      slots.destroy();
      const since = lastSent ?? before ?? new Date(slot.getTime() - fallbackDays * DAY_MS);
      const data = collectDigest(ctx.store, group, since, slot, lookBack);
      const text = renderDigest(ctx.renderer, group, kind, data);
      ctx.delivery.toStaff(group, kind, `${name}:${group.id}:${slot.getTime()}`, text, now);
      return { status: 'done', detail: `flagged:${data.flagged}` };
    },
  };
}

export const teacherDigestJob = digestJob('teacher');
export const supervisorDigestJob = digestJob('supervisor');

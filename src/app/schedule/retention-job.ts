import type { ScheduledJob } from './scheduled-job.js';

const DAY_MS = 86_400_000;
/** Finished e-mails are kept this long (the digest reports them), then only their count remains. */
export const MAIL_KEEP_DAYS = 35;
/** Run records are kept a little over a school year: enough for catch-up and the tip rotation. */
export const RUN_KEEP_DAYS = 400;

/**
 * The daily privacy job (AVG): deletes incidents, reminders, link codes, members not
 * seen and waiting alerts older than each group's retention period, finished e-mails
 * after five weeks and old run records. Strike decay needs no job: the policy weighs
 * each earlier breach by its age when it decides (half-life), and the purge ends a
 * breach's weight for good with the incident. Never pauses in holidays.
 */
export const retentionJob: ScheduledJob = {
  key: 'retention',
  name: 'retention',
  pausesInHolidays: false,
  scopes: (ctx) =>
    ctx.config.jobs.retention.enabled ? [{ id: 'all', cron: ctx.config.jobs.retention.cron }] : [],
  async run(ctx, _scope, _slot, now) {
    const counts = ctx.store.purgeExpired(now);
    const mail = ctx.store.mail.purgeFinished(new Date(now.getTime() - MAIL_KEEP_DAYS * DAY_MS));
    const runs = ctx.store.jobRuns.purge(new Date(now.getTime() - RUN_KEEP_DAYS * DAY_MS));
    const detail = Object.entries({ ...counts, mail, runs })
      .map(([k, v]) => `${k}:${v}`)
      .join(',');
    return { status: 'done', detail };
  },
};

import type { Logger } from '../log.js';
import { CronSlots } from './cron-slots.js';
import type { JobContext, JobScope, ScheduledJob } from './scheduled-job.js';

/** The run record that marks each start of the scheduler; the first one bounds catch-up. */
export const SCHEDULER_START = 'scheduler.start';

/**
 * Runs job slots exactly once. A slot is claimed in the store before anything is sent,
 * so a catch-up, a second process or a timer firing twice finds the claim and stops;
 * a holiday is recorded as skipped so it is not caught up afterwards either.
 */
export class JobRunner {
  private readonly slotsByCron = new Map<string, CronSlots>();

  constructor(
    private readonly ctx: JobContext,
    private readonly now: () => Date,
    private readonly log: Pick<Logger, 'info' | 'warn' | 'error'>,
  ) {}

  /** One cron tick of `cron` for a job: every scope on that cron expression. */
  async tick(job: ScheduledJob, cron: string, tick: Date): Promise<void> {
    for (const scope of job.scopes(this.ctx)) {
      if (scope.cron !== cron) continue;
      await this.runFor(job, scope, tick);
    }
  }

  /**
   * After a restart (and every hour): for each scope, the latest slot that should have
   * run since the scheduler first started, if it did not run, runs now, once.
   * A failed slot is tried again here too.
   */
  async catchUp(jobs: readonly ScheduledJob[]): Promise<number> {
    const firstStart = this.ctx.store.jobRuns.earliest(SCHEDULER_START)?.slot;
    if (!firstStart) return 0;
    const now = this.now();
    let ran = 0;
    for (const job of jobs) {
      for (const scope of job.scopes(this.ctx)) {
        const tick = this.slots(scope.cron).previous(now);
        if (!tick || tick < firstStart) continue;
        if (scope.group && tick < scope.group.createdAt) continue;
        if (await this.runFor(job, scope, tick, 'catch-up')) ran++;
      }
    }
    return ran;
  }

  /** Records a start of the scheduler (its slot is the moment it started). */
  markStart(): void {
    const now = this.now();
    const { run } = this.ctx.store.jobRuns.claim({
      job: SCHEDULER_START,
      scope: 'all',
      slot: now,
      startedAt: now,
    });
    this.ctx.store.jobRuns.finish(run.id, 'done', now);
  }

  close(): void {
    for (const s of this.slotsByCron.values()) s.destroy();
    this.slotsByCron.clear();
  }

  /** Claims and runs one slot; true when this call ran it. */
  private async runFor(job: ScheduledJob, scope: JobScope, tick: Date, why = 'tick'): Promise<boolean> {
    const slot = job.slotFor ? job.slotFor(this.ctx, tick, scope) : tick;
    if (!slot) return false;
    const store = this.ctx.store;
    const startedAt = this.now();
    const existing = store.jobRuns.get(job.name, scope.id, slot);
    if (existing && existing.status !== 'failed') return false;
    const { run, claimed } = store.jobRuns.claim({ job: job.name, scope: scope.id, slot, startedAt });
    if (!claimed) return false;
    const holiday = job.pausesInHolidays
      ? this.ctx.calendar.holidayOn(this.ctx.calendar.day(slot))
      : undefined;
    if (holiday) {
      store.jobRuns.finish(run.id, 'skipped', startedAt, 'holiday');
      return true;
    }
    try {
      const outcome = await job.run(this.ctx, scope, slot, startedAt);
      store.jobRuns.finish(run.id, outcome.status, this.now(), outcome.detail);
      this.log.info('schedule.ran', { job: job.name, scope: scope.id, status: outcome.status, why });
    } catch (error) {
      store.jobRuns.finish(run.id, 'failed', this.now(), 'error');
      this.log.error('schedule.failed', { job: job.name, scope: scope.id, error: (error as Error).name });
    }
    return true;
  }

  private slots(cron: string): CronSlots {
    let s = this.slotsByCron.get(cron);
    if (!s) {
      s = new CronSlots(cron, this.ctx.config.timeZone);
      this.slotsByCron.set(cron, s);
    }
    return s;
  }
}

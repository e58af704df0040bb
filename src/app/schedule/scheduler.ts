import { createTask, type ScheduledTask } from 'node-cron';
import type { Logger } from '../log.js';
import { JobRunner } from './job-runner.js';
import { jobSettingsFor } from './schedule-config.js';
import type { JobContext, ScheduledJob } from './scheduled-job.js';

/** Catch-up also runs every hour, so a slot whose delivery failed is tried again the same day. */
const SWEEP_CRON = '17 * * * *';

/**
 * `npm start`'s clock for scheduled work: one node-cron task per job and cron
 * expression (the default and every group's own), in the school's time zone, plus an
 * hourly sweep. On start it records itself and catches up the latest missed slot of
 * every job once; the JobRunner's run records keep every slot to one run.
 */
export class Scheduler {
  private readonly runner: JobRunner;
  private tasks: ScheduledTask[] = [];
  private busy: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ctx: JobContext,
    private readonly jobs: readonly ScheduledJob[],
    now: () => Date,
    private readonly log: Logger,
  ) {
    this.runner = new JobRunner(ctx, now, log);
  }

  /** Starts the timers and catches up; resolves when the catch-up is done. */
  async start(): Promise<void> {
    if (this.tasks.length > 0) return;
    this.runner.markStart();
    const tz = this.ctx.config.timeZone;
    for (const job of this.jobs) {
      for (const cron of this.cronsOf(job)) {
        const task = createTask(cron, (c) => this.serial(() => this.runner.tick(job, cron, minute(c.date))), {
          timezone: tz,
          name: `${job.name} ${cron}`,
          noOverlap: true,
        });
        this.tasks.push(task);
      }
    }
    this.tasks.push(
      createTask(SWEEP_CRON, () => this.serial(() => this.runner.catchUp(this.jobs)), { timezone: tz }),
    );
    for (const t of this.tasks) await t.start();
    const caught = await this.serial(() => this.runner.catchUp(this.jobs));
    this.log.info('schedule.started', { tasks: this.tasks.length, caughtUp: caught });
  }

  /** Stops every timer and waits for a run in progress. */
  async stop(): Promise<void> {
    const tasks = this.tasks;
    this.tasks = [];
    for (const t of tasks) await t.destroy();
    await this.busy.catch(() => undefined);
    this.runner.close();
  }

  /** Runs one piece of scheduled work after the previous one: jobs never interleave. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.busy.then(fn, fn);
    this.busy = next.catch(() => undefined);
    return next;
  }

  /** The default expression and every per-group one configured for this job. */
  private cronsOf(job: ScheduledJob): string[] {
    const crons = new Set([this.ctx.config.jobs[job.key].cron]);
    for (const key of Object.keys(this.ctx.config.groups)) {
      const [platform, ...rest] = key.split(':');
      crons.add(
        jobSettingsFor(this.ctx.config, job.key, { platform: platform as string, chatId: rest.join(':') })
          .cron,
      );
    }
    return [...crons];
  }
}

function minute(d: Date): Date {
  return new Date(Math.floor(d.getTime() / 60_000) * 60_000);
}

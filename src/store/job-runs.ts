import { z } from 'zod';
import { dateSchema, idSchema, shortText } from './validate.js';

/**
 * `running`: claimed, not finished (after a crash it stays so and is never run again:
 * it may have sent); `done`, `skipped` (a holiday, nothing to do) and `failed` are
 * final, but a `failed` run may be claimed again.
 */
export const JOB_RUN_STATUSES = ['running', 'done', 'skipped', 'failed'] as const;
export type JobRunStatus = (typeof JOB_RUN_STATUSES)[number];

/**
 * One scheduled run of one job for one scope (a group, or `all`), keyed by the slot it
 * was scheduled for. The key makes "sent once" a database fact: a second claim of the
 * same slot (a catch-up after a restart, a second process) finds the row and stops.
 */
export interface JobRun {
  readonly id: number;
  readonly job: string;
  readonly scope: string;
  readonly slot: Date;
  readonly status: JobRunStatus;
  readonly attempts: number;
  readonly startedAt: Date;
  readonly finishedAt?: Date;
  /** What happened, as a short code or counts (`sent`, `holiday`, `purged:3`), never message text. */
  readonly detail?: string;
}

const jobName = z.string().regex(/^[a-z][a-z0-9_.-]{0,63}$/, 'a job name');
export const claimRunSchema = z.object({
  job: jobName,
  scope: shortText(100),
  slot: dateSchema,
  startedAt: dateSchema,
});
export type ClaimRun = z.input<typeof claimRunSchema>;

export const finishRunArgs = z.tuple([
  idSchema,
  z.enum(['done', 'skipped', 'failed']),
  dateSchema,
  z.string().trim().max(200).optional(),
]);
export const runKeyArgs = z.tuple([jobName, shortText(100), dateSchema]);
export const latestRunArgs = z.tuple([jobName, shortText(100).optional()]);

export interface JobRunRepo {
  /**
   * Claims a slot: a new row (`running`), or a `failed` one taken again. `claimed: false`
   * when the slot already ran, runs, or was skipped: the caller must not send.
   */
  claim(run: ClaimRun): { readonly run: JobRun; readonly claimed: boolean };
  finish(id: number, status: 'done' | 'skipped' | 'failed', at: Date, detail?: string): JobRun | undefined;
  get(job: string, scope: string, slot: Date): JobRun | undefined;
  /** The run with the latest slot, in a scope or (without one) in any. */
  latest(job: string, scope?: string): JobRun | undefined;
  /** The run with the earliest slot of a job in any scope. */
  earliest(job: string): JobRun | undefined;
  /** Runs whose slot lies in `[since, until)`, oldest first. */
  between(job: string, since: Date, until: Date): JobRun[];
  /** Deletes runs with a slot before `before`; returns how many. */
  purge(before: Date): number;
}

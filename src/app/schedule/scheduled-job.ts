import type { ActionResult } from '../../core/chat/outbound-action.js';
import type { Group } from '../../store/groups.js';
import type { OutboxRecipient } from '../../store/outbox.js';
import type { Store } from '../../store/store.js';
import type { Renderer } from '../templates/renderer.js';
import type { JobKey, ScheduleConfig } from './schedule-config.js';
import type { SchoolCalendar } from './school-calendar.js';

/** What one job is run for: a group, or (retention) everything at once. */
export interface JobScope {
  /** `group:<id>` or `all`: the run record's scope. */
  readonly id: string;
  readonly group?: Group;
  /** This scope's cron expression (the default, or the group's own). */
  readonly cron: string;
}

/** How a run ended; `detail` is a code or counts for the run record, never message text. */
export interface JobOutcome {
  readonly status: 'done' | 'skipped' | 'failed';
  readonly detail?: string;
}

/**
 * How scheduled texts leave the bot: the brain's dispatch implements it. The tip goes
 * to the group at once; texts for staff go into the brain's outbox, which delivers,
 * retries, and waits for a teacher who has not opened a private chat yet.
 */
export interface ScheduleDelivery {
  toGroup(group: Group, text: string): Promise<ActionResult>;
  toStaff(group: Group, recipient: OutboxRecipient, key: string, text: string, now: Date): void;
}

/** Everything a job may use, built once by the composition root. */
export interface JobContext {
  readonly store: Store;
  readonly renderer: Renderer;
  readonly config: ScheduleConfig;
  readonly calendar: SchoolCalendar;
  readonly delivery: ScheduleDelivery;
}

/**
 * One kind of scheduled work. The scheduler owns the timing (node-cron, holidays,
 * catch-up, the run records); a job only says whom it serves and what one run does.
 */
export interface ScheduledJob {
  readonly key: JobKey;
  /** The run record's job name, e.g. `etiquette-tip`. */
  readonly name: string;
  /** Tips and digests pause in school holidays; retention never does. */
  readonly pausesInHolidays: boolean;
  /** The scopes to run for now (active groups that want this job, or `all`). */
  scopes(ctx: JobContext): JobScope[];
  /**
   * The slot a cron tick stands for. Usually the tick itself; the consent reminder maps
   * every tick of the school year's first weeks onto the school year, so it goes once.
   * Undefined: nothing to do for this tick.
   */
  slotFor?(ctx: JobContext, tick: Date, scope: JobScope): Date | undefined;
  run(ctx: JobContext, scope: JobScope, slot: Date, now: Date): Promise<JobOutcome>;
}

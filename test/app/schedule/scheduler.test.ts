import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { groupScopes } from '../../../src/app/schedule/group-scopes.js';
import type { JobOutcome, ScheduledJob } from '../../../src/app/schedule/scheduled-job.js';
import { Scheduler } from '../../../src/app/schedule/scheduler.js';
import { createMemoryStore } from '../../../src/store/memory/memory-store.js';
import { openSqliteStore } from '../../../src/store/sqlite/open.js';
import type { Store } from '../../../src/store/store.js';
import { addGroup, jobContext, quietLog, scheduleConfig } from './schedule-harness.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const dir = mkdtempSync(join(tmpdir(), 'klaswacht-schedule-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A weekly job on the etiquette tip's settings that records its slots. */
function recordingJob(outcomes: (() => JobOutcome)[] = []): ScheduledJob & { slots: string[] } {
  const slots: string[] = [];
  return {
    key: 'etiquetteTip',
    name: 'test-tip',
    pausesInHolidays: true,
    slots,
    scopes: (ctx) => groupScopes(ctx, 'etiquetteTip', () => true),
    async run(_ctx, _scope, slot) {
      slots.push(slot.toISOString());
      return outcomes.shift()?.() ?? { status: 'done' };
    },
  };
}

const running: Scheduler[] = [];
async function start(store: Store, job: ScheduledJob, config = scheduleConfig()): Promise<Scheduler> {
  const s = new Scheduler(jobContext(store, config), [job], () => new Date(), quietLog());
  running.push(s);
  await s.start();
  return s;
}
async function stopAll(): Promise<void> {
  for (const s of running.splice(0)) await s.stop();
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(async () => {
  await stopAll();
  vi.useRealTimers();
});

describe('Scheduler (node-cron under fake timers)', () => {
  it('runs Monday 09:00 Amsterdam time on both sides of the spring clock change', async () => {
    vi.setSystemTime(new Date('2026-03-20T10:00:00Z')); // Friday
    const store = createMemoryStore();
    addGroup(store);
    const job = recordingJob();
    await start(store, job);
    await vi.advanceTimersByTimeAsync(17 * DAY);
    expect(job.slots).toEqual([
      '2026-03-23T08:00:00.000Z', // 09:00 CET
      '2026-03-30T07:00:00.000Z', // 09:00 CEST, the day after the change
      '2026-04-06T07:00:00.000Z',
    ]);
  });

  it('catches up a run missed while stopped once, after a restart, and never again', async () => {
    vi.setSystemTime(new Date('2026-03-27T10:00:00Z')); // Friday
    const store = openSqliteStore({ path: join(dir, 'restart.sqlite') });
    addGroup(store);
    const job = recordingJob();
    await start(store, job);
    await stopAll();
    vi.setSystemTime(new Date('2026-04-01T12:00:00Z')); // Wednesday: Monday 30 March was missed
    await start(store, job);
    expect(job.slots).toEqual(['2026-03-30T07:00:00.000Z']);
    await stopAll();
    await start(store, job); // a second restart the same day
    await vi.advanceTimersByTimeAsync(HOUR * 3);
    expect(job.slots).toEqual(['2026-03-30T07:00:00.000Z']);
    await vi.advanceTimersByTimeAsync(5 * DAY); // the next Monday runs as usual
    expect(job.slots).toEqual(['2026-03-30T07:00:00.000Z', '2026-04-06T07:00:00.000Z']);
    await stopAll();
    store.close();
  });

  it('does not catch up slots from before the scheduler ever ran', async () => {
    vi.setSystemTime(new Date('2026-04-01T12:00:00Z'));
    const store = createMemoryStore();
    addGroup(store);
    const job = recordingJob();
    await start(store, job);
    await vi.advanceTimersByTimeAsync(HOUR * 2);
    expect(job.slots).toEqual([]);
  });

  it('sends once when two schedulers share one store (a second process, a double start)', async () => {
    vi.setSystemTime(new Date('2026-03-29T10:00:00Z'));
    const store = createMemoryStore();
    addGroup(store);
    const job = recordingJob();
    await start(store, job);
    await start(store, job);
    await vi.advanceTimersByTimeAsync(DAY);
    expect(job.slots).toEqual(['2026-03-30T07:00:00.000Z']);
  });

  it('pauses in a holiday: the slot is recorded as skipped and not caught up later', async () => {
    vi.setSystemTime(new Date('2026-02-13T10:00:00Z')); // the Friday before voorjaarsvakantie (14-22 Feb)
    const store = createMemoryStore();
    const g = addGroup(store);
    const job = recordingJob();
    await start(store, job);
    await vi.advanceTimersByTimeAsync(4 * DAY); // Monday 16 February, in the holiday
    expect(job.slots).toEqual([]);
    expect(store.jobRuns.get('test-tip', `group:${g.id}`, new Date('2026-02-16T08:00:00Z'))).toMatchObject({
      status: 'skipped',
      detail: 'holiday',
    });
    await stopAll();
    await start(store, job);
    await vi.advanceTimersByTimeAsync(7 * DAY); // Monday 23 February: school again
    expect(job.slots).toEqual(['2026-02-23T08:00:00.000Z']);
  });

  it('tries a failed run again in the hourly sweep, and then no more', async () => {
    vi.setSystemTime(new Date('2026-03-29T10:00:00Z'));
    const store = createMemoryStore();
    const g = addGroup(store);
    const job = recordingJob([() => ({ status: 'failed', detail: 'rate_limited' })]);
    await start(store, job);
    await vi.advanceTimersByTimeAsync(DAY); // Monday 09:00 fails, 09:17 succeeds
    expect(job.slots).toEqual(['2026-03-30T07:00:00.000Z', '2026-03-30T07:00:00.000Z']);
    expect(store.jobRuns.get('test-tip', `group:${g.id}`, new Date('2026-03-30T07:00:00Z'))).toMatchObject({
      status: 'done',
      attempts: 2,
    });
  });

  it('follows a group’s own time, and leaves out a group that switched the job off', async () => {
    vi.setSystemTime(new Date('2026-03-26T10:00:00Z')); // Thursday
    const store = createMemoryStore();
    const own = addGroup(store, '-1');
    addGroup(store, '-2');
    const job = recordingJob();
    const config = scheduleConfig((y) =>
      y.replace(
        'groups: {}',
        'groups:\n  "telegram:-1":\n    etiquetteTip: { cron: "30 16 * * 5" }\n  "telegram:-2":\n    etiquetteTip: { enabled: false }\n',
      ),
    );
    await start(store, job, config);
    await vi.advanceTimersByTimeAsync(5 * DAY);
    expect(job.slots).toEqual(['2026-03-27T15:30:00.000Z']); // Friday 16:30 CET, group -1 only
    expect(store.jobRuns.latest('test-tip')?.scope).toBe(`group:${own.id}`);
  });
});

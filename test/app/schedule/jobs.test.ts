import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG_DIR } from '../../../src/app/paths.js';
import { consentReminderJob } from '../../../src/app/schedule/consent-reminder-job.js';
import { etiquetteTipJob, TIP_TOPICS } from '../../../src/app/schedule/etiquette-tip-job.js';
import { SCHEDULED_JOBS } from '../../../src/app/schedule/jobs.js';
import { Scheduler } from '../../../src/app/schedule/scheduler.js';
import { loadTemplates } from '../../../src/app/templates/load-templates.js';
import { createRenderer } from '../../../src/app/templates/renderer.js';
import { createMemoryStore } from '../../../src/store/memory/memory-store.js';
import type { Store } from '../../../src/store/store.js';
import { addGroup, jobContext, quietLog, scheduleConfig } from './schedule-harness.js';

const renderer = createRenderer(loadTemplates(DEFAULT_CONFIG_DIR));
const DAY = 86_400_000;
let running: Scheduler[] = [];

async function start(store: Store, ctx = jobContext(store, scheduleConfig(), renderer)) {
  const s = new Scheduler(ctx, SCHEDULED_JOBS, () => new Date(), quietLog());
  running.push(s);
  await s.start();
  return ctx;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(async () => {
  for (const s of running) await s.stop();
  running = [];
  vi.useRealTimers();
});

describe('the weekly etiquette tip', () => {
  it('goes to parents’ groups on Monday 09:00, in their language, through every topic in turn', async () => {
    vi.setSystemTime(new Date('2026-03-06T12:00:00Z')); // Friday
    const store = createMemoryStore();
    const nl = addGroup(store, '-1');
    const en = store.groups.create(
      {
        platform: 'telegram',
        chatId: '-2',
        className: 'Class 4',
        school: 'Rainbow',
        type: 'parents',
        language: 'en',
        createdAt: new Date('2025-01-01'),
      },
      't',
    );
    store.groups.create(
      {
        platform: 'telegram',
        chatId: '-3',
        className: 'Groep 8 kinderen',
        school: 'R',
        type: 'pupils',
        language: 'nl',
        createdAt: new Date('2025-01-01'),
      },
      't',
    );
    const ctx = await start(store);
    await vi.advanceTimersByTimeAsync(6 * 7 * DAY);
    const tips = ctx.delivery.sent.filter((s) => s.to === 'group');
    const toNl = tips.filter((s) => s.groupId === nl.id).map((s) => s.text);
    expect(toNl).toHaveLength(6);
    expect(toNl.map((t) => t.slice(0, 20))).toEqual(toNl.map(() => '💡 Tip van de week: '));
    expect(toNl[0]).toContain('(A2)');
    expect(toNl[1]).toContain('(A4)');
    expect(toNl[2]).toContain('(A5)');
    expect(toNl[4]).toContain('privé met de leerkracht');
    expect(toNl[5]).toBe(toNl[0]); // round again
    expect(tips.filter((s) => s.groupId === en.id)[0]?.text).toMatch(/^💡 Tip of the week: .*\(A2\)/);
    expect(tips.every((s) => s.groupId !== 3)).toBe(true); // pupils' group: not by default
    expect(store.reminders.last({ groupId: nl.id, key: 'weekly-tip' })).toEqual(tips.at(-1)?.at);
    expect(store.jobRuns.latest('etiquette-tip', `group:${nl.id}`)?.detail).toBe(TIP_TOPICS[0]);
  });

  it('records a refused group message as failed, so the hourly sweep tries again', async () => {
    const store = createMemoryStore();
    const g = addGroup(store);
    const ctx = jobContext(store, scheduleConfig(), renderer);
    ctx.delivery.groupResult = () => ({ ok: false, reason: 'rate_limited' });
    const [scope] = etiquetteTipJob.scopes(ctx);
    const outcome = await etiquetteTipJob.run(ctx, scope as never, new Date(), new Date());
    expect(outcome).toEqual({ status: 'failed', detail: 'rate_limited' });
    expect(store.reminders.last({ groupId: g.id, key: 'weekly-tip' })).toBeUndefined();
  });
});

describe('the consent-register reminder', () => {
  it('goes to the teacher once, on the first school day after the summer holiday', async () => {
    vi.setSystemTime(new Date('2026-08-26T12:00:00Z')); // in the summer holiday (to 30 August)
    const store = createMemoryStore();
    const g = addGroup(store);
    const ctx = await start(store);
    await vi.advanceTimersByTimeAsync(10 * DAY);
    const reminders = ctx.delivery.sent.filter((s) => s.key?.startsWith('consent-reminder'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      to: 'teacher',
      groupId: g.id,
      key: `consent-reminder:${g.id}:2026-08-31`,
    });
    expect(reminders[0]?.at.toISOString()).toBe('2026-08-31T06:00:00.000Z'); // Monday 08:00 CEST
    expect(reminders[0]?.text).toContain('toestemmingsregister');
  });

  it('is caught up once when the bot was down on the first school day', async () => {
    vi.setSystemTime(new Date('2026-08-28T12:00:00Z'));
    const store = createMemoryStore();
    addGroup(store);
    let ctx = await start(store);
    for (const s of running) await s.stop();
    running = [];
    vi.setSystemTime(new Date('2026-09-02T12:00:00Z')); // Wednesday: Monday and Tuesday were missed
    ctx = await start(store);
    await vi.advanceTimersByTimeAsync(3 * DAY);
    expect(ctx.delivery.sent.filter((s) => s.key?.startsWith('consent-reminder'))).toHaveLength(1);
  });

  it('maps every tick of the first two weeks onto the school year, and none after', () => {
    const ctx = jobContext(createMemoryStore(), scheduleConfig(), renderer);
    const scope = { id: 'group:1', cron: '0 8 * * 1-5' };
    const slot = (iso: string) => consentReminderJob.slotFor?.(ctx, new Date(iso), scope)?.toISOString();
    expect(slot('2026-08-31T06:00:00Z')).toBe('2026-08-31T00:00:00.000Z');
    expect(slot('2026-09-11T06:00:00Z')).toBe('2026-08-31T00:00:00.000Z');
    expect(slot('2026-09-14T06:00:00Z')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR } from '../../../src/app/paths.js';
import { collectDigest, trendOf } from '../../../src/app/schedule/digest-data.js';
import { supervisorDigestJob, teacherDigestJob } from '../../../src/app/schedule/digest-job.js';
import { renderDigest } from '../../../src/app/schedule/digest-text.js';
import { loadTemplates } from '../../../src/app/templates/load-templates.js';
import { createRenderer } from '../../../src/app/templates/renderer.js';
import type { Category } from '../../../src/core/categories.js';
import type { Group } from '../../../src/store/groups.js';
import { createMemoryStore } from '../../../src/store/memory/memory-store.js';
import type { Store } from '../../../src/store/store.js';
import { addGroup, jobContext, scheduleConfig } from './schedule-harness.js';

const renderer = createRenderer(loadTemplates(DEFAULT_CONFIG_DIR));
const DAY = 86_400_000;
/** Monday 30 March 2026, 08:00 in Amsterdam: a weekly digest slot. */
const SLOT = new Date('2026-03-30T06:00:00Z');
let seq = 0;

function flag(
  store: Store,
  g: Group,
  category: Category,
  at: Date,
  status?: 'false_alarm' | 'resolved',
): void {
  seq++;
  const { incident } = store.incidents.record({
    groupId: g.id,
    category,
    severity: 'medium',
    rule: 'r',
    why: 'w',
    excerpt: 'x',
    ref: { platform: g.platform, chatId: g.chatId, messageId: `m${seq}` },
    ...(category === 'personal_data' ? { kind: 'phone' as const } : {}),
    createdAt: at,
  });
  if (status) store.incidents.setStatus(incident.id, status, 't', at);
}

function busyWeek(): { store: Store; group: Group } {
  const store = createMemoryStore();
  const group = addGroup(store, '-1', new Date('2026-01-01T00:00:00Z'));
  // Four quiet weeks before: one each.
  for (let w = 1; w <= 4; w++)
    flag(store, group, 'profanity', new Date(SLOT.getTime() - (w * 7 + 2) * DAY), 'resolved');
  // This week: three bullying, two personal data, one false alarm (not counted), one still open.
  for (let i = 0; i < 3; i++)
    flag(store, group, 'bullying', new Date(SLOT.getTime() - (i + 1) * DAY), 'resolved');
  flag(store, group, 'personal_data', new Date(SLOT.getTime() - DAY / 2));
  flag(store, group, 'personal_data', new Date(SLOT.getTime() - DAY / 3), 'resolved');
  flag(store, group, 'threat', new Date(SLOT.getTime() - DAY / 4), 'false_alarm');
  store.reminders.record({ groupId: group.id, key: 'bullying', sentAt: new Date(SLOT.getTime() - DAY) });
  store.reminders.record({
    groupId: group.id,
    key: 'weekly-tip',
    sentAt: new Date(SLOT.getTime() - 6 * DAY),
  });
  return { store, group };
}

describe('the digest', () => {
  it('counts the week per category, open alerts and reminders, and compares with the weeks before', () => {
    const { store, group } = busyWeek();
    const d = collectDigest(store, group, new Date(SLOT.getTime() - 7 * DAY), SLOT, 4);
    expect(d).toMatchObject({
      flagged: 5,
      byCategory: [
        ['bullying', 3],
        ['personal_data', 2],
      ],
      open: 1,
      previous: [1, 1, 1, 1],
      average: 1,
      trend: 'up',
      reminders: { group: 2, members: 0 },
      mail: { sent: 0, failed: 0 },
    });
  });

  it.each([
    [5, 1, 4, 'up'],
    [2, 1, 4, 'same'], // twice as many but only one more: not a trend
    [0, 3, 4, 'down'],
    [1, 1.5, 4, 'same'],
    [4, 0, 0, 'first'],
  ] as const)(
    'trend of %d against an average of %d over %d periods is %s',
    (current, avg, periods, trend) => {
      expect(trendOf(current, avg, periods)).toBe(trend);
    },
  );

  it('reads as a short Dutch message for the teacher, with numbers only', () => {
    const { store, group } = busyWeek();
    const text = renderDigest(
      renderer,
      group,
      'teacher',
      collectDigest(store, group, new Date(SLOT.getTime() - 7 * DAY), SLOT, 4),
    );
    expect(text).toBe(
      [
        'Weekoverzicht Groep 6 (23 mrt – 29 mrt)',
        '',
        'Gemarkeerde berichten: 5, meer dan gewoonlijk (daarvoor gemiddeld 1).',
        '- pesten of kwetsen: 3',
        '- persoonsgegevens: 2',
        'Open meldingen: 1.',
        'Herinneringen verstuurd: 2 in de groep, 0 privé.',
        '',
        'De meldingen zelf ziet u met /incidents.',
      ].join('\n'),
    );
  });

  it('goes weekly to the teacher and monthly to the supervisor, through the outbox, keyed per slot', async () => {
    const { store, group } = busyWeek();
    const ctx = jobContext(store, scheduleConfig(), renderer);
    const [teacherScope] = teacherDigestJob.scopes(ctx);
    await teacherDigestJob.run(ctx, teacherScope as never, SLOT, SLOT);
    const monthly = new Date('2026-04-01T06:00:00Z'); // 1 April 08:00 CEST
    const [supervisorScope] = supervisorDigestJob.scopes(ctx);
    await supervisorDigestJob.run(ctx, supervisorScope as never, monthly, monthly);
    expect(ctx.delivery.sent.map((s) => [s.to, s.key])).toEqual([
      ['teacher', `teacher-digest:${group.id}:${SLOT.getTime()}`],
      ['supervisor', `supervisor-digest:${group.id}:${monthly.getTime()}`],
    ]);
    // The month runs from 1 March 08:00 CET to 1 April 08:00 CEST: all but the profanity of 28 February.
    expect(ctx.delivery.sent[1]?.text).toMatch(
      /^Maandoverzicht Groep 6 \(1 mrt – 31 mrt\)\n\nGemarkeerde berichten: 8,/,
    );
  });

  it('after a holiday, covers everything since the last digest that was sent', async () => {
    const store = createMemoryStore();
    const group = addGroup(store, '-1', new Date('2026-01-01T00:00:00Z'));
    const sent = new Date('2026-02-09T07:00:00Z'); // Monday 9 February 08:00 CET
    const run = store.jobRuns.claim({
      job: 'teacher-digest',
      scope: `group:${group.id}`,
      slot: sent,
      startedAt: sent,
    });
    store.jobRuns.finish(run.run.id, 'done', sent);
    flag(store, group, 'bullying', new Date('2026-02-11T12:00:00Z')); // before the holiday week
    flag(store, group, 'bullying', new Date('2026-02-18T12:00:00Z')); // in the holiday
    const ctx = jobContext(store, scheduleConfig(), renderer);
    const [scope] = teacherDigestJob.scopes(ctx);
    const slot = new Date('2026-02-23T07:00:00Z');
    await teacherDigestJob.run(ctx, scope as never, slot, slot);
    expect(ctx.delivery.sent[0]?.text).toMatch(
      /^Weekoverzicht Groep 6 \(9 feb – 22 feb\)\n\nGemarkeerde berichten: 2,/,
    );
  });

  it('skips groups without a teacher (weekly) or supervisor (monthly)', () => {
    const store = createMemoryStore();
    store.groups.create(
      {
        platform: 'telegram',
        chatId: '-9',
        className: 'G',
        school: 'S',
        type: 'parents',
        language: 'nl',
        createdAt: SLOT,
      },
      't',
    );
    const ctx = jobContext(store, scheduleConfig(), renderer);
    expect(teacherDigestJob.scopes(ctx)).toEqual([]);
    expect(supervisorDigestJob.scopes(ctx)).toEqual([]);
  });
});

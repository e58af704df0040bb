import { describe, expect, it } from 'vitest';
import type { Role } from '../../../src/core/message.js';
import {
  checkDerailing,
  decide,
  lessonTimeApplies,
  needsConsentCheck,
} from '../../../src/core/policy/index.js';
import { ago, finding, input, MIN, NOW, notesOf, past, SETTINGS, summary } from './fixtures.js';

describe('B3 derailing: several flagged messages from two or more people in a short window', () => {
  const current = { messageId: '42', author: 'anna', flagged: true };
  it.each([
    [
      'two earlier from another person',
      [past('bullying', 2, { author: 'bram' }), past('threat', 5, { author: 'bram', messageId: 'x' })],
      true,
    ],
    [
      'two earlier, all from the same person',
      [past('bullying', 2, { author: 'anna' }), past('bullying', 3, { author: 'anna', messageId: 'y' })],
      false,
    ],
    ['one earlier only', [past('bullying', 2, { author: 'bram' })], false],
    [
      'two earlier, one outside the window',
      [past('bullying', 2, { author: 'bram' }), past('threat', 15, { author: 'cem', messageId: 'z' })],
      false,
    ],
    [
      'two earlier, one a false alarm',
      [
        past('bullying', 2, { author: 'bram' }),
        past('threat', 3, { author: 'cem', messageId: 'z', status: 'false_alarm' }),
      ],
      false,
    ],
    [
      'two earlier, but personal data does not heat a conversation',
      [past('bullying', 2, { author: 'bram' }), past('personal_data', 3, { author: 'cem', messageId: 'z' })],
      false,
    ],
    [
      'two findings of one earlier message count once',
      [
        past('bullying', 2, { author: 'bram', messageId: 'm' }),
        past('threat', 2, { author: 'bram', messageId: 'm' }),
      ],
      false,
    ],
  ])('%s -> %s', (_what, history, expected) => {
    expect(checkDerailing(history, current, NOW, SETTINGS.derailing).derailing).toBe(expected);
  });

  it('is not raised again within the cooldown', () => {
    const history = [
      past('bullying', 2, { author: 'bram' }),
      past('threat', 3, { author: 'cem', messageId: 'z' }),
      past('derailing', 20, { author: undefined, messageId: 'd' }),
    ];
    const check = checkDerailing(history, current, NOW, SETTINGS.derailing);
    expect(check).toMatchObject({ derailing: false, messages: 3, authors: 3 });
    expect(check.why).toMatch(/already raised/);
  });

  it('knows a derailing raised earlier from the history record alone', () => {
    const history = [
      past('bullying', 2, { author: 'bram' }),
      past('threat', 3, { author: 'cem', messageId: 'z' }),
    ];
    const recently = checkDerailing(history, current, NOW, SETTINGS.derailing, ago(29 * MIN));
    expect(recently.derailing).toBe(false);
    const longAgo = checkDerailing(history, current, NOW, SETTINGS.derailing, ago(31 * MIN));
    expect(longAgo.derailing).toBe(true);
  });

  it('a clean message never triggers it', () => {
    const history = [
      past('bullying', 2, { author: 'bram' }),
      past('threat', 3, { author: 'cem', messageId: 'z' }),
    ];
    expect(checkDerailing(history, { ...current, flagged: false }, NOW, SETTINGS.derailing).derailing).toBe(
      false,
    );
  });

  it('becomes an incident without an author, alerting teacher and supervisor urgently, and calming the group', () => {
    const d = decide(
      input({
        findings: [finding('bullying', 'low')],
        history: {
          group: [
            past('bullying', 2, { author: 'bram' }),
            past('threat', 4, { author: 'cem', messageId: 'q' }),
          ],
        },
      }),
    );
    const derailing = d.incidents.find((i) => i.category === 'derailing');
    expect(derailing).toMatchObject({
      withAuthor: false,
      clause: 'B3',
      facts: { messages: 3, people: 3, minutes: 10 },
    });
    expect(summary(d)).toEqual(
      expect.arrayContaining([
        'remind_group:derailing',
        'alert_teacher:derailing!',
        'alert_supervisor:derailing!',
      ]),
    );
    expect(notesOf(d, 'alert_teacher')).toEqual(['supervisor_informed']);
  });
});

describe('A1 lesson time in the group time zone', () => {
  const tuesdayMorning = [{ weekday: 2, from: '08:30', to: '12:00' }];
  const pupils = { type: 'pupils' as const, lessonHours: tuesdayMorning };
  it.each<[string, Partial<ReturnType<typeof input>['group']>, Role, Date, boolean]>([
    ['a pupil at 11:00 local on Tuesday', pupils, 'pupil', NOW, true],
    [
      'a pupil at 12:00 local (the end is exclusive)',
      pupils,
      'pupil',
      new Date('2025-03-04T11:00:00Z'),
      false,
    ],
    ['a pupil at 08:30 local (the start counts)', pupils, 'pupil', new Date('2025-03-04T07:30:00Z'), true],
    [
      'a pupil at 08:30 UTC (09:30 local) in summer time',
      { ...pupils, lessonHours: [{ weekday: 2, from: '09:00', to: '10:00' }] },
      'pupil',
      new Date('2025-07-01T07:30:00Z'),
      true,
    ],
    ['a pupil on Wednesday', pupils, 'pupil', new Date('2025-03-05T10:00:00Z'), false],
    ['the teacher', pupils, 'teacher', NOW, false],
    ['a parents group', { ...pupils, type: 'parents' }, 'parent', NOW, false],
    [
      'a pupil during an exception',
      { ...pupils, lessonExceptionUntil: new Date(NOW.getTime() + 30 * MIN) },
      'pupil',
      NOW,
      false,
    ],
    ['a pupil after the exception ended', { ...pupils, lessonExceptionUntil: ago(MIN) }, 'pupil', NOW, true],
  ])('%s -> %s', (_what, group, role, at, expected) => {
    expect(lessonTimeApplies(input({ group }).group, role, at).applies).toBe(expected);
  });

  it('sends a gentle group reminder, no incident, and not again within its cooldown', () => {
    const group = { type: 'pupils' as const, lessonHours: tuesdayMorning };
    const first = decide(input({ group, message: { authorRole: 'pupil' } }));
    expect(first.incidents).toEqual([]);
    expect(summary(first)).toEqual(['remind_group:lesson_time']);
    const again = decide(
      input({
        group,
        message: { authorRole: 'pupil' },
        history: { lastGroupReminder: { lesson_time: ago(10 * MIN) } },
      }),
    );
    expect(summary(again)).toEqual([]);
  });
});

describe('A5 media without consent', () => {
  it.each<[string, 'photo' | 'video' | 'audio' | 'document', Role, boolean]>([
    ['a parent photo', 'photo', 'parent', true],
    ['a pupil video', 'video', 'pupil', true],
    ['a voice message', 'audio', 'unknown', true],
    ['a document (shows no one)', 'document', 'parent', false],
    ['the teacher photo', 'photo', 'teacher', false],
  ])('%s needs a consent check: %s', (_what, kind, role, expected) => {
    expect(needsConsentCheck({ kind }, role)).toBe(expected);
  });

  it('uncovered media: an incident, a private reminder and a note to the teacher; nothing in the group', () => {
    const d = decide(input({ message: { media: { kind: 'photo', count: 1 } }, consent: { covered: false } }));
    expect(d.incidents).toMatchObject([
      { category: 'media_without_consent', severity: 'medium', facts: { media: 'photo' } },
    ]);
    expect(summary(d)).toEqual([
      'remind_member:media_without_consent',
      'alert_teacher:media_without_consent',
    ]);
  });

  it('covered media: nothing', () => {
    const d = decide(input({ message: { media: { kind: 'photo', count: 1 } }, consent: { covered: true } }));
    expect(d.actions).toEqual([]);
    expect(d.why.join(' ')).toMatch(/covers/);
  });
});

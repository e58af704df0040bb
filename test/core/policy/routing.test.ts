import { describe, expect, it } from 'vitest';
import type { Severity, Target } from '../../../src/core/categories.js';
import type { Role } from '../../../src/core/message.js';
import { decide } from '../../../src/core/policy/index.js';
import { ago, DAY, finding, input, MIN, notesOf, summary } from './fixtures.js';

describe('who is alerted (B3, B4, Sancties 1-3)', () => {
  it.each<[string, Severity, Target | undefined, Role, boolean, string[], string[]]>([
    ['a medium bullying', 'medium', 'person', 'parent', true, ['alert_teacher:bullying'], []],
    [
      'a critical one',
      'critical',
      'person',
      'parent',
      true,
      ['alert_teacher:bullying!', 'alert_supervisor:bullying!'],
      ['report_duty_inspector', 'supervisor_informed'],
    ],
    [
      'a critical one, no supervisor linked',
      'critical',
      'person',
      'parent',
      false,
      ['alert_teacher:bullying!'],
      ['no_supervisor_linked', 'report_duty_inspector'],
    ],
    ['one about the teacher', 'medium', 'teacher', 'parent', true, ['alert_supervisor:bullying'], []],
    [
      'one about the teacher, no supervisor linked',
      'medium',
      'teacher',
      'parent',
      false,
      ['alert_teacher:bullying'],
      ['about_teacher', 'no_supervisor_linked'],
    ],
    ['one written by the teacher', 'medium', 'person', 'teacher', true, ['alert_supervisor:bullying'], []],
  ])('%s', (_what, severity, target, authorRole, hasSupervisor, alerts, teacherNotes) => {
    const d = decide(
      input({
        findings: [finding('bullying', severity, target ? { target } : {})],
        message: { authorRole },
        group: { hasSupervisor },
      }),
    );
    expect(summary(d).filter((s) => s.startsWith('alert'))).toEqual(alerts);
    expect(notesOf(d, 'alert_teacher')).toEqual(teacherNotes);
  });

  it('tells the supervisor why an alert about the teacher came to them', () => {
    const d = decide(input({ findings: [finding('discrediting', 'medium', { target: 'teacher' })] }));
    expect(notesOf(d, 'alert_supervisor')).toEqual(['about_teacher']);
  });
});

describe('delete, or ask the teacher to (capability fallback)', () => {
  it.each([
    ['the platform can delete', {}, NOW_SENT(0), 'delete'],
    ['the bot has no right to delete', { canDelete: false }, NOW_SENT(0), 'ask'],
    ['the message is older than the platform window', { deleteWindowMs: 60 * MIN }, NOW_SENT(2 * 60), 'ask'],
    ['the message is within the platform window', { deleteWindowMs: 60 * MIN }, NOW_SENT(30), 'delete'],
    ['older than the configured default window (48 h)', {}, NOW_SENT(49 * 60), 'ask'],
  ])('when %s', (_what, capabilities, sentAt, expected) => {
    const d = decide(
      input({ findings: [finding('personal_data', 'low')], capabilities, message: { sentAt } }),
    );
    if (expected === 'delete') {
      expect(summary(d)).toContain('delete:personal_data');
      expect(notesOf(d, 'alert_teacher')).not.toContain('ask_delete');
    } else {
      expect(summary(d)).not.toContain('delete:personal_data');
      // Even a low finding reaches the teacher when they must delete it themselves.
      expect(notesOf(d, 'alert_teacher')).toContain('ask_delete');
      // The poster is still reminded, but not told it was removed.
      expect(summary(d)).toContain('remind_member:personal_data');
    }
  });

  it('no delete window at all when the operator sets none', () => {
    const base = input();
    const settings = { ...base.settings, delete: { windowHours: null } };
    const d = decide(
      input({ settings, findings: [finding('sexual', 'low')], message: { sentAt: ago(30 * DAY) } }),
    );
    expect(summary(d)).toContain('delete:sexual');
  });
});

function NOW_SENT(minutesAgo: number): Date {
  return ago(minutesAgo * MIN);
}

import { describe, expect, it } from 'vitest';
import type { Category, Severity } from '../../../src/core/categories.js';
import { decide } from '../../../src/core/policy/index.js';
import { finding, input, MIN, NOW, notesOf, past, summary } from './fixtures.js';

describe('decide: what each category gets (protocol A2, A3, A7, Sancties 6, self-harm)', () => {
  it.each<[Category, Severity, string[]]>([
    // A2 + A3: personal data is removed, the poster hears why, the group is reminded.
    [
      'personal_data',
      'medium',
      [
        'delete:personal_data',
        'remind_member:personal_data:deleted',
        'remind_group:personal_data',
        'alert_teacher:personal_data',
      ],
    ],
    [
      'personal_data',
      'low',
      ['delete:personal_data', 'remind_member:personal_data:deleted', 'remind_group:personal_data'],
    ],
    // Sexual content: removed, and the teacher always hears about it.
    [
      'sexual',
      'low',
      ['delete:sexual', 'remind_member:sexual:deleted', 'remind_group:sexual', 'alert_teacher:sexual'],
    ],
    // A7 breaches: a reminder suffices at low, the teacher should know from medium.
    ['bullying', 'low', ['remind_member:bullying', 'remind_group:bullying']],
    ['bullying', 'medium', ['remind_member:bullying', 'remind_group:bullying', 'alert_teacher:bullying']],
    [
      'discrediting',
      'high',
      ['remind_member:discrediting', 'remind_group:discrediting', 'alert_teacher:discrediting'],
    ],
    // Coarse language not aimed at anyone: the group reminder is enough.
    ['profanity', 'low', ['remind_group:profanity']],
    // critical: teacher and supervisor at once, urgent.
    [
      'threat',
      'critical',
      ['remind_member:threat', 'remind_group:threat', 'alert_teacher:threat!', 'alert_supervisor:threat!'],
    ],
    // Self-harm: only private: urgent to the teacher, helplines to the writer.
    ['self_harm', 'high', ['alert_teacher:self_harm!', 'offer_support:self_harm']],
    ['self_harm', 'low', ['alert_teacher:self_harm!', 'offer_support:self_harm']],
  ])('%s %s -> %j', (category, severity, expected) => {
    expect(summary(decide(input({ findings: [finding(category, severity)] })))).toEqual(expected);
  });

  it('records one incident per category, led by its most severe finding, with every span', () => {
    const d = decide(
      input({
        findings: [
          finding('bullying', 'low', { start: 0, end: 4 }),
          finding('personal_data', 'medium', { start: 10, end: 21 }),
          finding('bullying', 'high', { start: 30, end: 35 }),
        ],
      }),
    );
    expect(d.incidents.map((i) => [i.category, i.severity, i.spans.length])).toEqual([
      ['bullying', 'high', 2],
      ['personal_data', 'medium', 1],
    ]);
    expect(d.incidents[1]?.kind).toBe('phone');
  });

  it('never acts on a vetoed finding', () => {
    const vetoed = {
      ...finding('bullying', 'high'),
      vetoed: { rule: 'idiom', effect: 'vetoed', why: 'x' },
    } as const;
    expect(decide(input({ findings: [vetoed] }))).toMatchObject({ incidents: [], actions: [] });
  });

  it('does nothing for a clean message and says so', () => {
    const d = decide(input());
    expect(d.actions).toEqual([]);
    expect(d.why).toEqual(['nothing to do']);
  });

  it('gives every action a reason, and the decision names the protocol clause', () => {
    const d = decide(
      input({ findings: [finding('personal_data', 'medium'), finding('threat', 'critical')] }),
    );
    for (const a of d.actions) expect(a.why.length).toBeGreaterThan(10);
    expect(d.why.join('\n')).toMatch(/A2/);
    expect(d.why.join('\n')).toMatch(/A7/);
  });
});

describe('decide: self-harm stays private even next to other findings', () => {
  it('sends no group reminder, no note and no strike-raise for anything in the message', () => {
    const d = decide(
      input({
        findings: [finding('self_harm', 'high'), finding('profanity', 'low')],
        history: { member: [past('bullying', 60), past('bullying', 120)] },
      }),
    );
    expect(summary(d)).toEqual(['alert_teacher:self_harm!', 'offer_support:self_harm']);
    expect(d.incidents.find((i) => i.category === 'profanity')?.severity).toBe('low');
  });

  it('does not repeat the helplines within the member cooldown', () => {
    const d = decide(
      input({
        findings: [finding('self_harm', 'high')],
        history: { lastMemberReminder: { self_harm: new Date(NOW.getTime() - 5 * MIN) } },
      }),
    );
    expect(summary(d)).toEqual(['alert_teacher:self_harm!']);
  });
});

describe('decide: alert notes (Sancties 3 and 6)', () => {
  it.each<[Category, Severity, string[]]>([
    ['threat', 'medium', ['police_report_possible']],
    ['sexual', 'low', ['police_report_possible']],
    ['hate', 'medium', []],
    ['hate', 'high', ['police_report_possible']],
    ['bullying', 'high', []],
    ['bullying', 'critical', ['report_duty_inspector', 'supervisor_informed']],
    ['sexual', 'critical', ['police_report_possible', 'report_duty_inspector', 'supervisor_informed']],
    ['self_harm', 'critical', ['supervisor_informed']],
  ])('%s %s -> teacher notes %j', (category, severity, notes) => {
    expect(notesOf(decide(input({ findings: [finding(category, severity)] })), 'alert_teacher')).toEqual(
      notes,
    );
  });
});

describe('decide: rate limits (reminders never nag)', () => {
  const recently = new Date(NOW.getTime() - 10 * MIN);
  const longAgo = new Date(NOW.getTime() - 2 * 60 * MIN);

  it.each([
    ['no reminder yet', undefined, true],
    ['one 10 minutes ago', recently, false],
    ['one 2 hours ago', longAgo, true],
  ])('group reminder per group and category with %s', (_what, last, expected) => {
    const d = decide(
      input({
        findings: [finding('profanity', 'low')],
        history: { lastGroupReminder: last ? { profanity: last } : {} },
      }),
    );
    expect(summary(d).includes('remind_group:profanity')).toBe(expected);
  });

  it('a recent reminder about another category does not hold this one back', () => {
    const d = decide(
      input({
        findings: [finding('profanity', 'low')],
        history: { lastGroupReminder: { bullying: recently } },
      }),
    );
    expect(summary(d)).toContain('remind_group:profanity');
  });

  it('holds back a private note within the member cooldown, but always explains a deletion', () => {
    const history = { lastMemberReminder: { bullying: recently, personal_data: recently } };
    expect(summary(decide(input({ findings: [finding('bullying', 'low')], history })))).not.toContain(
      'remind_member:bullying',
    );
    expect(summary(decide(input({ findings: [finding('personal_data', 'low')], history })))).toContain(
      'remind_member:personal_data:deleted',
    );
  });

  it('sends no private note where the platform cannot send private messages', () => {
    const d = decide(
      input({ findings: [finding('bullying', 'low')], capabilities: { canSendPrivate: false } }),
    );
    expect(summary(d)).toEqual(['remind_group:bullying']);
  });
});

describe('decide: strikes raise severity, and decay', () => {
  it.each<[string, ReturnType<typeof past>[], Severity]>([
    ['no history', [], 'low'],
    ['one breach an hour ago', [past('bullying', 60)], 'medium'],
    ['one breach three weeks ago (decayed)', [past('bullying', 21 * 24 * 60)], 'low'],
    ['three breaches today', [past('bullying', 60), past('threat', 120), past('profanity', 180)], 'high'],
    ['a false alarm', [past('bullying', 60, { status: 'false_alarm' })], 'low'],
    ['a self-harm incident (never a strike)', [past('self_harm', 60)], 'low'],
    [
      'consent and lesson events (no breach)',
      [past('media_without_consent', 60), past('lesson_time', 60)],
      'low',
    ],
    ['a breach older than the window', [past('bullying', 31 * 24 * 60)], 'low'],
  ])('bullying low with %s -> %s', (_what, member, expected) => {
    const d = decide(input({ findings: [finding('bullying', 'low')], history: { member } }));
    expect(d.incidents[0]?.severity).toBe(expected);
  });

  it('never raises past the cap, never lowers, and says by how much', () => {
    const member = [past('bullying', 60), past('bullying', 61), past('bullying', 62), past('bullying', 63)];
    const high = decide(input({ findings: [finding('bullying', 'high')], history: { member } }));
    expect(high.incidents[0]?.severity).toBe('high');
    expect(high.incidents[0]?.raised).toBeUndefined();
    const critical = decide(input({ findings: [finding('threat', 'critical')], history: { member } }));
    expect(critical.incidents[0]?.severity).toBe('critical');
    const medium = decide(input({ findings: [finding('bullying', 'medium')], history: { member } }));
    expect(medium.incidents[0]).toMatchObject({
      severity: 'high',
      raised: { from: 'medium', steps: 1, count: 4 },
    });
    expect(notesOf(medium, 'alert_teacher')).toContain('raised_by_strikes');
  });

  it('a raised breach reaches the teacher', () => {
    const d = decide(
      input({ findings: [finding('bullying', 'low')], history: { member: [past('threat', 30)] } }),
    );
    expect(summary(d)).toContain('alert_teacher:bullying');
  });

  it('mutes only when the operator enabled it and the platform can', () => {
    const member = [past('bullying', 60), past('bullying', 61), past('bullying', 62)];
    const settings = { ...input().settings, strikes: { ...input().settings.strikes, muteAt: 2.5 } };
    const on = decide(input({ settings, findings: [finding('bullying', 'low')], history: { member } }));
    const mute = on.actions.find((a) => a.kind === 'mute');
    expect(mute).toMatchObject({ kind: 'mute', until: new Date(NOW.getTime() + 60 * MIN) });
    const cannot = decide(
      input({
        settings,
        findings: [finding('bullying', 'low')],
        history: { member },
        capabilities: { canMute: false },
      }),
    );
    expect(summary(cannot).some((s) => s.startsWith('mute'))).toBe(false);
    const off = decide(input({ findings: [finding('bullying', 'low')], history: { member } }));
    expect(summary(off)).not.toContain('mute:bullying');
  });

  it('counts the decayed weight: a week-old breach weighs half', () => {
    const d = decide(
      input({
        findings: [finding('bullying', 'medium')],
        history: { member: [past('bullying', 7 * 24 * 60), past('bullying', 7 * 24 * 60)] },
      }),
    );
    expect(d.incidents[0]?.raised?.weight).toBeCloseTo(1, 2);
  });
});

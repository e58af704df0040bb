import type { Category, Severity, Target } from '../../../src/core/categories.js';
import type { Finding } from '../../../src/core/finding.js';
import type { Decision, PastIncident, PolicyInput, PolicySettings } from '../../../src/core/policy/index.js';

/** The settings the tables are written against (the shipped defaults may differ). */
export const SETTINGS: PolicySettings = {
  alerts: { teacherFrom: 'medium' },
  reminders: { groupCooldownMinutes: 60, memberCooldownMinutes: 30 },
  strikes: {
    windowDays: 30,
    halfLifeDays: 7,
    raiseOneAt: 0.9,
    raiseTwoAt: 2.5,
    maxRaisedSeverity: 'high',
    muteAt: null,
    muteMinutes: 60,
  },
  derailing: { windowMinutes: 10, minMessages: 3, minAuthors: 2, cooldownMinutes: 30 },
  lessonTime: { reminderCooldownMinutes: 30 },
  consent: { severity: 'medium' },
  delete: { windowHours: 48 },
};

/** Tuesday 4 March 2025, 11:00 in Amsterdam (10:00 UTC). */
export const NOW = new Date('2025-03-04T10:00:00.000Z');
export const MIN = 60_000;
export const DAY = 86_400_000;
export const ago = (ms: number): Date => new Date(NOW.getTime() - ms);

export function finding(
  category: Category,
  severity: Severity,
  extra: { target?: Target; start?: number; end?: number; kind?: Finding['kind'] } = {},
): Finding {
  return {
    category,
    severity,
    start: extra.start ?? 0,
    end: extra.end ?? 5,
    rule: `test:${category}`,
    why: `a ${category} finding`,
    ...(extra.kind ? { kind: extra.kind } : category === 'personal_data' ? { kind: 'phone' } : {}),
    ...(extra.target ? { target: extra.target } : {}),
  };
}

export function past(
  category: Category,
  minutesAgo: number,
  extra: Partial<PastIncident> = {},
): PastIncident {
  return {
    category,
    severity: 'medium',
    createdAt: ago(minutesAgo * MIN),
    status: 'open',
    messageId: `old-${category}-${minutesAgo}`,
    author: 'bram',
    ...extra,
  };
}

type Overrides = Partial<Omit<PolicyInput, 'group' | 'message' | 'history' | 'capabilities'>> & {
  group?: Partial<PolicyInput['group']>;
  message?: Partial<PolicyInput['message']>;
  history?: Partial<PolicyInput['history']>;
  capabilities?: Partial<PolicyInput['capabilities']>;
};

/** A parent's message in a parents' group with a teacher and a supervisor linked. */
export function input(overrides: Overrides = {}): PolicyInput {
  return {
    now: NOW,
    settings: SETTINGS,
    author: 'anna',
    findings: [],
    ...overrides,
    group: {
      type: 'parents',
      timeZone: 'Europe/Amsterdam',
      lessonHours: [],
      hasTeacher: true,
      hasSupervisor: true,
      ...overrides.group,
    },
    message: {
      ref: { platform: 'console', chatId: 'klas', messageId: '42' },
      authorRole: 'parent',
      sentAt: NOW,
      edited: false,
      ...overrides.message,
    },
    history: { member: [], group: [], lastGroupReminder: {}, lastMemberReminder: {}, ...overrides.history },
    capabilities: { canDelete: true, canMute: true, canSendPrivate: true, ...overrides.capabilities },
  };
}

/** A decision's actions as short strings (`alert_teacher:bullying!` when urgent), in order. */
export function summary(d: Decision): string[] {
  return d.actions.map((a) => {
    switch (a.kind) {
      case 'remind_group':
        return `remind_group:${a.topic}`;
      case 'remind_member':
        return `remind_member:${a.topic}${a.deleted ? ':deleted' : ''}`;
      case 'alert_teacher':
      case 'alert_supervisor':
        return `${a.kind}:${a.incident}${a.urgent ? '!' : ''}`;
      default:
        return `${a.kind}:${a.incident}`;
    }
  });
}

export function notesOf(d: Decision, kind: 'alert_teacher' | 'alert_supervisor'): string[] {
  const a = d.actions.find((x) => x.kind === kind);
  return a && 'notes' in a ? [...a.notes].sort() : [];
}

import type { Category } from '../../core/categories.js';
import type { Group } from '../../store/groups.js';
import type { ReminderCount } from '../../store/reminders.js';
import type { Store } from '../../store/store.js';

/** How this period compares with the ones before it. */
export type Trend = 'up' | 'down' | 'same' | 'first';

/** What a digest tells, as numbers: no excerpt, no name, nothing a teacher did not already get. */
export interface DigestData {
  readonly since: Date;
  readonly until: Date;
  readonly flagged: number;
  /** Most first; false alarms are not counted. */
  readonly byCategory: readonly (readonly [Category, number])[];
  /** Open alerts now, of any age within the retention period. */
  readonly open: number;
  /** Flagged in each earlier period of the same length, most recent first (only periods the group existed in). */
  readonly previous: readonly number[];
  readonly average: number;
  readonly trend: Trend;
  readonly reminders: ReminderCount;
  readonly mail: { readonly sent: number; readonly failed: number };
}

/**
 * Counts a group's period `[since, until)` for a digest and compares it with up to
 * `lookBack` earlier periods of the same length. Pure reads; the rule for the trend is
 * deliberately blunt (half again as many, or half as many, and at least two apart) so a
 * single message never reads as a trend.
 */
export function collectDigest(
  store: Store,
  group: Group,
  since: Date,
  until: Date,
  lookBack: number,
): DigestData {
  const length = until.getTime() - since.getTime();
  const counted = (s: Date, u: Date) =>
    store.incidents.forGroup(group.id, { since: s, until: u }).filter((i) => i.status !== 'false_alarm');
  const current = counted(since, until);
  const tally = new Map<Category, number>();
  for (const i of current) tally.set(i.category, (tally.get(i.category) ?? 0) + 1);
  const previous: number[] = [];
  for (let k = 1; k <= lookBack; k++) {
    const s = new Date(since.getTime() - k * length);
    if (s < group.createdAt) break;
    previous.push(counted(s, new Date(s.getTime() + length)).length);
  }
  const average = previous.length === 0 ? 0 : previous.reduce((a, b) => a + b, 0) / previous.length;
  const mails = store.mail.list({ groupId: group.id, since });
  const inPeriod = (at: Date | undefined) => at !== undefined && at >= since && at < until;
  return {
    since,
    until,
    flagged: current.length,
    byCategory: [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    open: store.incidents.list({ groupId: group.id, status: 'open' }).length,
    previous,
    average: Math.round(average * 10) / 10,
    trend: trendOf(current.length, average, previous.length),
    reminders: store.reminders.count(group.id, { since, until }),
    mail: {
      sent: mails.filter((m) => m.status === 'sent' && inPeriod(m.finishedAt)).length,
      failed: mails.filter((m) => m.status === 'failed' && inPeriod(m.finishedAt)).length,
    },
  };
}

export function trendOf(current: number, average: number, periods: number): Trend {
  if (periods === 0) return 'first';
  if (current >= average * 1.5 && current - average >= 2) return 'up';
  if (current <= average * 0.5 && average - current >= 2) return 'down';
  return 'same';
}

import {
  countsAsReminder,
  type ReminderRepo,
  reminderCountArgs,
  reminderLatestSchema,
  reminderQuerySchema,
  reminderSchema,
} from '../reminders.js';
import { parseInput } from '../validate.js';
import { copy, type MemoryState, nextId, requireGroup } from './state.js';

export function createMemoryReminders(s: MemoryState): ReminderRepo {
  return {
    record(reminder) {
      const r = parseInput(reminderSchema, reminder, 'reminders.record');
      requireGroup(s, r.groupId, 'reminders.record');
      const { member, ...rest } = r;
      s.reminders.set(nextId(s, 'reminders'), copy({ ...rest, ...(member ? { member } : {}) }));
    },
    last(query) {
      const q = parseInput(reminderQuerySchema, query, 'reminders.last');
      let latest: number | undefined;
      for (const r of s.reminders.values()) {
        if (r.groupId !== q.groupId || r.key !== q.key || r.member !== q.member) continue;
        latest = Math.max(latest ?? r.sentAt.getTime(), r.sentAt.getTime());
      }
      return latest === undefined ? undefined : new Date(latest);
    },
    latest(query) {
      const q = parseInput(reminderLatestSchema, query, 'reminders.latest');
      const keys = new Set(q.keys);
      const group = new Map<string, Date>();
      const member = new Map<string, Date>();
      for (const r of s.reminders.values()) {
        if (r.groupId !== q.groupId || !keys.has(r.key)) continue;
        const into =
          r.member === undefined
            ? group
            : q.member !== undefined && r.member === q.member
              ? member
              : undefined;
        const seen = into?.get(r.key);
        if (into && (!seen || r.sentAt.getTime() > seen.getTime()))
          into.set(r.key, new Date(r.sentAt.getTime()));
      }
      return { group, member };
    },
    count(...args) {
      const [groupId, w] = parseInput(reminderCountArgs, args, 'reminders.count');
      let group = 0;
      let members = 0;
      for (const r of s.reminders.values()) {
        const t = r.sentAt.getTime();
        if (r.groupId !== groupId || t < w.since.getTime() || t >= w.until.getTime()) continue;
        if (!countsAsReminder(r.key)) continue;
        if (r.member === undefined) group++;
        else members++;
      }
      return { group, members };
    },
  };
}

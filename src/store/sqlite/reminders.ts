import type Database from 'better-sqlite3';
import {
  type ReminderRecord,
  type ReminderRepo,
  reminderCountArgs,
  reminderQuerySchema,
  reminderSchema,
  UNCOUNTED_KEY_PREFIXES,
} from '../reminders.js';
import { parseInput } from '../validate.js';

/** Reminders in SQLite: a log of send times, read back only as "the latest one". */
export function createSqliteReminders(db: Database.Database): ReminderRepo {
  const insert = db.prepare('INSERT INTO reminders (group_id, key, member, sent_at) VALUES (?, ?, ?, ?)');
  const lastToMember = db.prepare(
    'SELECT max(sent_at) AS at FROM reminders WHERE group_id = ? AND key = ? AND member = ?',
  );
  const lastToGroup = db.prepare(
    'SELECT max(sent_at) AS at FROM reminders WHERE group_id = ? AND key = ? AND member IS NULL',
  );
  const uncounted = UNCOUNTED_KEY_PREFIXES.map(() => "AND key NOT LIKE ? ESCAPE '\\'").join(' ');
  const prefixes = UNCOUNTED_KEY_PREFIXES.map((p) => `${p.replace(/[\\%_]/g, '\\$&')}%`);
  const count = db.prepare(`SELECT count(*) FILTER (WHERE member IS NULL) AS g, count(member) AS m
    FROM reminders WHERE group_id = ? AND sent_at >= ? AND sent_at < ? ${uncounted}`);
  return {
    record(reminder) {
      const r: ReminderRecord = parseInput(reminderSchema, reminder, 'reminders.record');
      insert.run(r.groupId, r.key, r.member ?? null, r.sentAt.getTime());
    },
    last(query) {
      const q = parseInput(reminderQuerySchema, query, 'reminders.last');
      const row = (
        q.member === undefined
          ? lastToGroup.get(q.groupId, q.key)
          : lastToMember.get(q.groupId, q.key, q.member)
      ) as { at: number | null };
      return row.at === null ? undefined : new Date(row.at);
    },
    count(...args) {
      const [groupId, w] = parseInput(reminderCountArgs, args, 'reminders.count');
      const row = count.get(groupId, w.since.getTime(), w.until.getTime(), ...prefixes) as {
        g: number;
        m: number;
      };
      return { group: row.g, members: row.m };
    },
  };
}

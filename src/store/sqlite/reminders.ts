import type Database from 'better-sqlite3';
import {
  type ReminderRecord,
  type ReminderRepo,
  reminderCountArgs,
  reminderLatestSchema,
  reminderQuerySchema,
  reminderSchema,
  UNCOUNTED_KEY_PREFIXES,
} from '../reminders.js';
import { parseInput } from '../validate.js';
import { statementCache } from './statement-cache.js';
import { placeholders } from './where.js';

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
  const prepared = statementCache(db);
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
    latest(query) {
      const q = parseInput(reminderLatestSchema, query, 'reminders.latest');
      const group = new Map<string, Date>();
      const member = new Map<string, Date>();
      if (q.keys.length === 0) return { group, member };
      // One grouped read over the (group_id, key, member, sent_at) index: the latest per
      // key to the group (member NULL) and to this member.
      const rows = prepared(`SELECT key, member IS NULL AS toGroup, max(sent_at) AS at FROM reminders
        WHERE group_id = ? AND key IN (${placeholders(q.keys.length)}) AND (member IS NULL OR member = ?)
        GROUP BY key, member IS NULL`)
        .raw(true)
        .all(q.groupId, ...q.keys, q.member ?? null) as [string, number, number][];
      for (const [key, toGroup, at] of rows) (toGroup ? group : member).set(key, new Date(at));
      return { group, member };
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

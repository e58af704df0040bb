import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { AuditRepo } from '../audit.js';
import type { ConsentRepo } from '../consent.js';
import type { ContactRepo } from '../contacts.js';
import type { MemberRepo } from '../members.js';
import type { ReminderRecord } from '../reminders.js';
import {
  DAY_MS,
  exportArgs,
  exportAuditEntry,
  type ForgetCounts,
  forgetArgs,
  forgetAuditEntry,
  type PurgeCounts,
  type Store,
  sameName,
} from '../store.js';
import { dateSchema, parseInput, parseRow, pseudonymSchema } from '../validate.js';
import { readIncidentRow } from './incidents.js';
import { writeTransaction } from './write-transaction.js';

/** Per-group cutoff in SQL: `@now` is the current time in epoch ms. */
const CUTOFF = `(SELECT @now - g.retention_days * ${DAY_MS} FROM groups g WHERE g.id = t.group_id)`;

const reminderRow = z
  .object({ id: z.int(), group_id: z.int(), key: z.string(), member: pseudonymSchema, sent_at: z.int() })
  .transform(
    (r): ReminderRecord => ({
      groupId: r.group_id,
      key: r.key,
      member: r.member,
      sentAt: new Date(r.sent_at),
    }),
  );

interface Deps {
  readonly members: MemberRepo;
  readonly consent: ConsentRepo;
  readonly contacts: ContactRepo;
  readonly audit: AuditRepo;
}

/**
 * Retention, export and erasure in SQLite. Deleted rows are overwritten in place
 * (`secure_delete`, see open.ts) so erased text does not linger in free pages.
 */
export function createSqlitePrivacy(
  db: Database.Database,
  deps: Deps,
): Pick<Store, 'purgeExpired' | 'exportMember' | 'forgetMember'> {
  const purge = {
    incidents: db.prepare(`DELETE FROM incidents AS t WHERE t.created_at < ${CUTOFF}`),
    reminders: db.prepare(`DELETE FROM reminders AS t WHERE t.sent_at < ${CUTOFF}`),
    linkCodes: db.prepare(
      `DELETE FROM link_codes AS t WHERE t.expires_at < ${CUTOFF} OR t.consumed_at < ${CUTOFF}`,
    ),
    members: db.prepare(`DELETE FROM members AS t WHERE t.last_seen < ${CUTOFF}`),
    outbox: db.prepare(`DELETE FROM outbox AS t WHERE t.created_at < ${CUTOFF}`),
  };
  const incidentsBy = db.prepare(
    'SELECT * FROM incidents WHERE group_id = ? AND author_pseudonym = ? ORDER BY created_at, id',
  );
  const remindersTo = db.prepare(
    'SELECT * FROM reminders WHERE group_id = ? AND member = ? ORDER BY sent_at, id',
  );
  const forget = {
    outbox: db.prepare(`DELETE FROM outbox WHERE incident_id IN
      (SELECT id FROM incidents WHERE group_id = ? AND author_pseudonym = ?)`),
    members: db.prepare('DELETE FROM members WHERE group_id = ? AND pseudonym = ?'),
    incidents: db.prepare('DELETE FROM incidents WHERE group_id = ? AND author_pseudonym = ?'),
    consent: db.prepare('DELETE FROM consent WHERE group_id = ? AND member = ?'),
    reminders: db.prepare('DELETE FROM reminders WHERE group_id = ? AND member = ?'),
  };

  return {
    purgeExpired: writeTransaction(db, (now: Date) => {
      const at = parseInput(dateSchema, now, 'store.purgeExpired');
      const ms = at.getTime();
      const counts: PurgeCounts = {
        incidents: purge.incidents.run({ now: ms }).changes,
        reminders: purge.reminders.run({ now: ms }).changes,
        linkCodes: purge.linkCodes.run({ now: ms }).changes,
        members: purge.members.run({ now: ms }).changes,
        outbox: purge.outbox.run({ now: ms }).changes,
      };
      deps.audit.record({ at, actor: 'system', action: 'retention.purged', details: { ...counts } });
      return counts;
    }),
    exportMember: writeTransaction(db, (...args: Parameters<Store['exportMember']>) => {
      const [q, by, now] = parseInput(exportArgs, args, 'store.exportMember');
      const profile = deps.members.get(q.groupId, q.member);
      const names = profile ? [profile.displayName, ...q.names] : q.names;
      const result = {
        groupId: q.groupId,
        member: q.member,
        exportedAt: now,
        ...(profile ? { profile } : {}),
        incidents: incidentsBy.all(q.groupId, q.member).map((r) => readIncidentRow(r, 'store.exportMember')),
        consent: deps.consent.list(q.groupId, q.member),
        contacts: deps.contacts.list(q.groupId).filter((c) => names.some((n) => sameName(n, c.name))),
        reminders: remindersTo
          .all(q.groupId, q.member)
          .map((r) => parseRow(reminderRow, r, 'reminders', 'store.exportMember')),
      };
      deps.audit.record(exportAuditEntry(result, by, now));
      return result;
    }),
    forgetMember: writeTransaction(db, (...args: Parameters<Store['forgetMember']>) => {
      const [groupId, member, by, now] = parseInput(forgetArgs, args, 'store.forgetMember');
      const outbox = forget.outbox.run(groupId, member).changes;
      const counts: ForgetCounts = {
        members: forget.members.run(groupId, member).changes,
        incidents: forget.incidents.run(groupId, member).changes,
        consent: forget.consent.run(groupId, member).changes,
        reminders: forget.reminders.run(groupId, member).changes,
        outbox,
      };
      deps.audit.record(forgetAuditEntry(groupId, member, counts, by, now));
      return counts;
    }),
  };
}

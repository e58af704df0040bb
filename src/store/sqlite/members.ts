import type Database from 'better-sqlite3';
import { z } from 'zod';
import { ROLES } from '../../core/message.js';
import type { AuditRepo } from '../audit.js';
import { type Member, type MemberRepo, memberSeenSchema, mergeSighting, setRoleArgs } from '../members.js';
import { idSchema, msColumn, parseInput, parseRow, pseudonymSchema } from '../validate.js';
import { writeTransaction } from './write-transaction.js';

const rowSchema = z
  .object({
    id: z.int(),
    group_id: z.int(),
    pseudonym: pseudonymSchema,
    display_name: z.string(),
    role: z.enum(ROLES),
    first_seen: msColumn,
    last_seen: msColumn,
  })
  .transform(
    (r): Member => ({
      groupId: r.group_id,
      pseudonym: r.pseudonym,
      displayName: r.display_name,
      role: r.role,
      firstSeen: r.first_seen,
      lastSeen: r.last_seen,
    }),
  );

export function readMemberRow(row: unknown, operation: string): Member {
  return parseRow(rowSchema, row, 'members', operation);
}

export function createSqliteMembers(db: Database.Database, audit: AuditRepo): MemberRepo {
  const upsert =
    db.prepare(`INSERT INTO members (group_id, pseudonym, display_name, role, first_seen, last_seen)
    VALUES (@groupId, @pseudonym, @displayName, @role, @firstSeen, @lastSeen)
    ON CONFLICT (group_id, pseudonym) DO UPDATE SET display_name = excluded.display_name, role = excluded.role,
      first_seen = excluded.first_seen, last_seen = excluded.last_seen`);
  const one = db.prepare('SELECT * FROM members WHERE group_id = ? AND pseudonym = ?');
  const all = db.prepare('SELECT * FROM members WHERE group_id = ? ORDER BY display_name, pseudonym');
  const setRole = db.prepare('UPDATE members SET role = ? WHERE group_id = ? AND pseudonym = ?');
  const write = (m: Member) =>
    upsert.run({ ...m, firstSeen: m.firstSeen.getTime(), lastSeen: m.lastSeen.getTime() });

  const repo: MemberRepo = {
    seen: writeTransaction(db, (sighting: Parameters<MemberRepo['seen']>[0]) => {
      const s = parseInput(memberSeenSchema, sighting, 'members.seen');
      const next = mergeSighting(repo.get(s.groupId, s.pseudonym), s);
      write(next);
      return next;
    }),
    get(groupId, pseudonym) {
      const row = one.get(groupId, pseudonym);
      return row === undefined ? undefined : readMemberRow(row, 'members.get');
    },
    list: (groupId) =>
      all.all(parseInput(idSchema, groupId, 'members.list')).map((row) => readMemberRow(row, 'members.list')),
    setRole: writeTransaction(db, (...args: Parameters<MemberRepo['setRole']>) => {
      const [groupId, pseudonym, role, by, now] = parseInput(setRoleArgs, args, 'members.setRole');
      const current = repo.get(groupId, pseudonym);
      if (!current) return undefined;
      setRole.run(role, groupId, pseudonym);
      audit.record({
        at: now,
        actor: by,
        action: 'member.role_changed',
        groupId,
        details: { member: pseudonym, from: current.role, to: role },
      });
      return { ...current, role };
    }),
  };
  return repo;
}

import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { AuditRepo } from '../audit.js';
import {
  CONSENT_MEDIA_KINDS,
  type ConsentEntry,
  type ConsentRepo,
  consentCovers,
  consentCoversArgs,
  consentGrantArgs,
  consentRevokeArgs,
} from '../consent.js';
import { msColumn, optionalMsColumn, parseInput, parseRow, pseudonymSchema } from '../validate.js';
import { writeTransaction } from './write-transaction.js';

const rowSchema = z
  .object({
    id: z.int(),
    group_id: z.int(),
    member: pseudonymSchema,
    kind: z.enum(CONSENT_MEDIA_KINDS),
    given_by: z.string(),
    given_at: msColumn,
    until: optionalMsColumn,
  })
  .transform(
    (r): ConsentEntry => ({
      groupId: r.group_id,
      member: r.member,
      kind: r.kind,
      givenBy: r.given_by,
      givenAt: r.given_at,
      ...(r.until ? { until: r.until } : {}),
    }),
  );

export function readConsentRow(row: unknown, operation: string): ConsentEntry {
  return parseRow(rowSchema, row, 'consent', operation);
}

export function createSqliteConsent(db: Database.Database, audit: AuditRepo): ConsentRepo {
  const upsert = db.prepare(`INSERT INTO consent (group_id, member, kind, given_by, given_at, until)
    VALUES (@groupId, @member, @kind, @givenBy, @givenAt, @until)
    ON CONFLICT (group_id, member, kind) DO UPDATE SET given_by = excluded.given_by,
      given_at = excluded.given_at, until = excluded.until`);
  const one = db.prepare('SELECT * FROM consent WHERE group_id = ? AND member = ? AND kind = ?');
  const remove = db.prepare('DELETE FROM consent WHERE group_id = ? AND member = ? AND kind = ?');
  const ofGroup = db.prepare('SELECT * FROM consent WHERE group_id = ? ORDER BY member, kind');
  const ofMember = db.prepare('SELECT * FROM consent WHERE group_id = ? AND member = ? ORDER BY kind');

  return {
    grant: writeTransaction(db, (...args: Parameters<ConsentRepo['grant']>) => {
      const [c, by, now] = parseInput(consentGrantArgs, args, 'consent.grant');
      upsert.run({ ...c, givenAt: c.givenAt.getTime(), until: c.until?.getTime() ?? null });
      audit.record({
        at: now,
        actor: by,
        action: 'consent.granted',
        groupId: c.groupId,
        details: { member: c.member, kind: c.kind, until: c.until?.toISOString() ?? null },
      });
      return readConsentRow(one.get(c.groupId, c.member, c.kind), 'consent.grant');
    }),
    revoke: writeTransaction(db, (...args: Parameters<ConsentRepo['revoke']>) => {
      const [groupId, member, kind, by, now] = parseInput(consentRevokeArgs, args, 'consent.revoke');
      if (remove.run(groupId, member, kind).changes === 0) return false;
      audit.record({ at: now, actor: by, action: 'consent.revoked', groupId, details: { member, kind } });
      return true;
    }),
    list(groupId, member) {
      const rows = member === undefined ? ofGroup.all(groupId) : ofMember.all(groupId, member);
      return rows.map((row) => readConsentRow(row, 'consent.list'));
    },
    covers(...args) {
      const [groupId, member, kind, at] = parseInput(consentCoversArgs, args, 'consent.covers');
      const row = one.get(groupId, member, kind);
      return consentCovers(row === undefined ? undefined : readConsentRow(row, 'consent.covers'), at);
    },
  };
}

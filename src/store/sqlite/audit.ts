import type Database from 'better-sqlite3';
import { z } from 'zod';
import {
  AUDIT_ACTIONS,
  type AuditEntry,
  type AuditRepo,
  auditDetailsSchema,
  auditFilterSchema,
  newAuditSchema,
} from '../audit.js';
import { jsonColumn, msColumn, parseInput, parseRow } from '../validate.js';
import { buildWhere } from './where.js';

const rowSchema = z
  .object({
    id: z.int(),
    at: msColumn,
    actor: z.string(),
    action: z.enum(AUDIT_ACTIONS),
    group_id: z.int().nullable(),
    details: jsonColumn(auditDetailsSchema),
  })
  .transform(
    (r): AuditEntry => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      ...(r.group_id !== null ? { groupId: r.group_id } : {}),
      details: r.details,
    }),
  );

export function readAuditRow(row: unknown, operation: string): AuditEntry {
  return parseRow(rowSchema, row, 'audit_log', operation);
}

/** The audit log in SQLite; other repositories write through it inside their transactions. */
export function createSqliteAudit(db: Database.Database): AuditRepo {
  const insert = db.prepare(
    'INSERT INTO audit_log (at, actor, action, group_id, details) VALUES (@at, @actor, @action, @groupId, @details)',
  );
  const byId = db.prepare('SELECT * FROM audit_log WHERE id = ?');
  return {
    record(entry) {
      const e = parseInput(newAuditSchema, entry, 'audit.record');
      const { lastInsertRowid } = insert.run({
        at: e.at.getTime(),
        actor: e.actor,
        action: e.action,
        groupId: e.groupId ?? null,
        details: JSON.stringify(e.details),
      });
      return readAuditRow(byId.get(lastInsertRowid), 'audit.record');
    },
    list(filter = {}) {
      const f = parseInput(auditFilterSchema, filter, 'audit.list');
      const where = buildWhere([
        f.groupId !== undefined && ['group_id = ?', f.groupId],
        f.action !== undefined && ['action = ?', f.action],
        f.since !== undefined && ['at >= ?', f.since.getTime()],
      ]);
      return db
        .prepare(`SELECT * FROM audit_log ${where.sql} ORDER BY at DESC, id DESC LIMIT ?`)
        .all(...where.params, f.limit ?? -1)
        .map((row) => readAuditRow(row, 'audit.list'));
    },
  };
}

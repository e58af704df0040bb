import type Database from 'better-sqlite3';
import { z } from 'zod';
import {
  applyFailure,
  buttonSchema,
  newOutboxSchema,
  OUTBOX_RECIPIENTS,
  OUTBOX_WAITING,
  type OutboxEntry,
  type OutboxRepo,
  outboxFailedArgs,
  outboxFilterSchema,
} from '../outbox.js';
import { jsonColumn, msColumn, optionalTextColumn, parseInput, parseRow } from '../validate.js';
import { statementCache } from './statement-cache.js';
import { buildWhere } from './where.js';
import { writeTransaction } from './write-transaction.js';

const rowSchema = z
  .object({
    id: z.int(),
    group_id: z.int(),
    incident_id: z.int().nullable(),
    key: z.string(),
    recipient: z.enum(OUTBOX_RECIPIENTS),
    urgent: z.union([z.literal(0), z.literal(1)]),
    text: z.string(),
    buttons: jsonColumn(z.array(buttonSchema)),
    created_at: msColumn,
    attempts: z.int().min(0),
    next_attempt_at: msColumn,
    waiting: z.enum(OUTBOX_WAITING).nullable(),
    last_failure: optionalTextColumn,
  })
  .transform(
    (r): OutboxEntry => ({
      id: r.id,
      groupId: r.group_id,
      ...(r.incident_id !== null ? { incidentId: r.incident_id } : {}),
      key: r.key,
      recipient: r.recipient,
      urgent: r.urgent === 1,
      text: r.text,
      buttons: r.buttons,
      createdAt: r.created_at,
      attempts: r.attempts,
      nextAttemptAt: r.next_attempt_at,
      ...(r.waiting !== null ? { waiting: r.waiting } : {}),
      ...(r.last_failure !== undefined ? { lastFailure: r.last_failure } : {}),
    }),
  );

const read = (row: unknown, op: string) => parseRow(rowSchema, row, 'outbox', op);

/** The delivery outbox in SQLite (migration 2). */
export function createSqliteOutbox(db: Database.Database): OutboxRepo {
  const prepared = statementCache(db);
  const insert = db.prepare(`INSERT INTO outbox (group_id, incident_id, key, recipient, urgent, text, buttons,
      created_at, attempts, next_attempt_at)
    VALUES (@groupId, @incidentId, @key, @recipient, @urgent, @text, @buttons, @createdAt, 0, @createdAt)
    ON CONFLICT (key) DO NOTHING`);
  const byKey = db.prepare('SELECT * FROM outbox WHERE key = ?');
  const byId = db.prepare('SELECT * FROM outbox WHERE id = ?');
  const remove = db.prepare('DELETE FROM outbox WHERE id = ?');
  const update = db.prepare(
    'UPDATE outbox SET attempts = ?, next_attempt_at = ?, waiting = ?, last_failure = ? WHERE id = ?',
  );
  return {
    enqueue: writeTransaction(db, (entry: Parameters<OutboxRepo['enqueue']>[0]) => {
      const e = parseInput(newOutboxSchema, entry, 'outbox.enqueue');
      const { changes } = insert.run({
        groupId: e.groupId,
        incidentId: e.incidentId ?? null,
        key: e.key,
        recipient: e.recipient,
        urgent: e.urgent ? 1 : 0,
        text: e.text,
        buttons: JSON.stringify(e.buttons),
        createdAt: e.createdAt.getTime(),
      });
      return { entry: read(byKey.get(e.key), 'outbox.enqueue'), created: changes === 1 };
    }),
    list(filter = {}) {
      const f = parseInput(outboxFilterSchema, filter, 'outbox.list');
      const where = buildWhere([
        f.groupId !== undefined && ['group_id = ?', f.groupId],
        f.recipient !== undefined && ['recipient = ?', f.recipient],
        f.dueBy !== undefined && ['next_attempt_at <= ?', f.dueBy.getTime()],
      ]);
      return prepared(`SELECT * FROM outbox ${where.sql} ORDER BY created_at, id LIMIT ?`)
        .all(...where.params, f.limit ?? -1)
        .map((row) => read(row, 'outbox.list'));
    },
    delivered: (id) => remove.run(id).changes === 1,
    failed: writeTransaction(db, (...args: Parameters<OutboxRepo['failed']>) => {
      const [id, failure] = parseInput(outboxFailedArgs, args, 'outbox.failed');
      const row = byId.get(id);
      if (row === undefined) return undefined;
      const next = applyFailure(read(row, 'outbox.failed'), failure);
      update.run(
        next.attempts,
        next.nextAttemptAt.getTime(),
        next.waiting ?? null,
        next.lastFailure ?? null,
        id,
      );
      return next;
    }),
  };
}

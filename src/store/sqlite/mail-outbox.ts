import type Database from 'better-sqlite3';
import { z } from 'zod';
import {
  applyMailFailure,
  claimArgs,
  dueArgs,
  MAIL_STATUSES,
  type MailEntry,
  type MailOutboxRepo,
  mailFailedArgs,
  mailFilterSchema,
  newMailSchema,
  sentArgs,
} from '../mail-outbox.js';
import {
  dateSchema,
  msColumn,
  optionalMsColumn,
  optionalTextColumn,
  parseInput,
  parseRow,
} from '../validate.js';
import { buildWhere } from './where.js';
import { writeTransaction } from './write-transaction.js';

const rowSchema = z
  .object({
    id: z.int(),
    group_id: z.int(),
    contact_id: z.int(),
    key: z.string(),
    to_address: z.string(),
    to_name: z.string(),
    subject: z.string(),
    text: z.string(),
    status: z.enum(MAIL_STATUSES),
    attempts: z.int().min(0),
    created_at: msColumn,
    next_attempt_at: msColumn,
    last_error: optionalTextColumn,
    finished_at: optionalMsColumn,
  })
  .transform(
    (r): MailEntry => ({
      id: r.id,
      groupId: r.group_id,
      contactId: r.contact_id,
      key: r.key,
      to: r.to_address,
      toName: r.to_name,
      subject: r.subject,
      text: r.text,
      status: r.status,
      attempts: r.attempts,
      createdAt: r.created_at,
      nextAttemptAt: r.next_attempt_at,
      ...(r.last_error !== undefined ? { lastError: r.last_error } : {}),
      ...(r.finished_at !== undefined ? { finishedAt: r.finished_at } : {}),
    }),
  );

const read = (row: unknown, op: string) => parseRow(rowSchema, row, 'mail_outbox', op);

/** The e-mail outbox in SQLite (migration 3); rows go with their contact (ON DELETE CASCADE). */
export function createSqliteMailOutbox(db: Database.Database): MailOutboxRepo {
  const insert = db.prepare(`INSERT INTO mail_outbox (group_id, contact_id, key, to_address, to_name, subject,
      text, status, attempts, created_at, next_attempt_at)
    VALUES (@groupId, @contactId, @key, @to, @toName, @subject, @text, 'pending', 0, @createdAt, @createdAt)
    ON CONFLICT (key) DO NOTHING`);
  const byKey = db.prepare('SELECT * FROM mail_outbox WHERE key = ?');
  const byId = db.prepare('SELECT * FROM mail_outbox WHERE id = ?');
  const due = db.prepare(`SELECT * FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= ?
    ORDER BY created_at, id LIMIT ?`);
  const claim = db.prepare(
    `UPDATE mail_outbox SET status = 'sending', attempts = attempts + 1 WHERE id = ? AND status = 'pending'`,
  );
  const sent = db.prepare(`UPDATE mail_outbox SET status = 'sent', subject = '', text = '', finished_at = ?,
    last_error = NULL WHERE id = ? AND status = 'sending'`);
  const update = db.prepare(`UPDATE mail_outbox SET status = @status, subject = @subject, text = @text,
    next_attempt_at = @next, last_error = @error, finished_at = @finished WHERE id = @id`);
  const recover = db.prepare(`UPDATE mail_outbox SET status = 'pending', next_attempt_at = ?,
    last_error = 'interrupted' WHERE status = 'sending'`);
  const purge = db.prepare(`DELETE FROM mail_outbox WHERE status IN ('sent', 'failed') AND finished_at < ?`);
  return {
    enqueue: writeTransaction(db, (mail: Parameters<MailOutboxRepo['enqueue']>[0]) => {
      const m = parseInput(newMailSchema, mail, 'mail.enqueue');
      const { changes } = insert.run({ ...m, createdAt: m.createdAt.getTime() });
      return { entry: read(byKey.get(m.key), 'mail.enqueue'), created: changes === 1 };
    }),
    due(...args) {
      const [now, limit] = parseInput(dueArgs, args, 'mail.due');
      return due.all(now.getTime(), limit).map((r) => read(r, 'mail.due'));
    },
    claim(...args) {
      const [id] = parseInput(claimArgs, args, 'mail.claim');
      return claim.run(id).changes === 1;
    },
    sent(...args) {
      const [id, now] = parseInput(sentArgs, args, 'mail.sent');
      return sent.run(now.getTime(), id).changes === 1;
    },
    failed: writeTransaction(db, (...args: Parameters<MailOutboxRepo['failed']>) => {
      const [id, failure] = parseInput(mailFailedArgs, args, 'mail.failed');
      const row = byId.get(id);
      if (row === undefined) return undefined;
      const next = applyMailFailure(read(row, 'mail.failed'), failure);
      update.run({
        id,
        status: next.status,
        subject: next.subject,
        text: next.text,
        next: next.nextAttemptAt.getTime(),
        error: next.lastError ?? null,
        finished: next.finishedAt?.getTime() ?? null,
      });
      return next;
    }),
    recoverInterrupted(now) {
      const at = parseInput(dateSchema, now, 'mail.recoverInterrupted');
      return recover.run(at.getTime()).changes;
    },
    list(filter = {}) {
      const f = parseInput(mailFilterSchema, filter, 'mail.list');
      const where = buildWhere([
        f.groupId !== undefined && ['group_id = ?', f.groupId],
        f.status !== undefined && ['status = ?', f.status],
        f.since !== undefined && ['created_at >= ?', f.since.getTime()],
      ]);
      return db
        .prepare(`SELECT * FROM mail_outbox ${where.sql} ORDER BY created_at DESC, id DESC LIMIT ?`)
        .all(...where.params, f.limit ?? -1)
        .map((r) => read(r, 'mail.list'));
    },
    purgeFinished(before) {
      const at = parseInput(dateSchema, before, 'mail.purgeFinished');
      return purge.run(at.getTime()).changes;
    },
  };
}

import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { AuditRepo } from '../audit.js';
import { type ContactRepo, type EmailContact, newContactSchema, removeContactArgs } from '../contacts.js';
import { msColumn, parseInput, parseRow } from '../validate.js';
import { writeTransaction } from './write-transaction.js';

const rowSchema = z
  .object({
    id: z.int(),
    group_id: z.int(),
    name: z.string(),
    email: z.string(),
    added_by: z.string(),
    added_at: msColumn,
  })
  .transform(
    (r): EmailContact => ({
      id: r.id,
      groupId: r.group_id,
      name: r.name,
      email: r.email,
      addedBy: r.added_by,
      addedAt: r.added_at,
    }),
  );

export function readContactRow(row: unknown, operation: string): EmailContact {
  return parseRow(rowSchema, row, 'email_contacts', operation);
}

export function createSqliteContacts(db: Database.Database, audit: AuditRepo): ContactRepo {
  const insert = db.prepare(`INSERT INTO email_contacts (group_id, name, email, added_by, added_at)
    VALUES (@groupId, @name, @email, @addedBy, @addedAt) ON CONFLICT (group_id, email) DO NOTHING`);
  const byEmail = db.prepare('SELECT * FROM email_contacts WHERE group_id = ? AND email = ?');
  const remove = db.prepare('DELETE FROM email_contacts WHERE group_id = ? AND id = ?');
  const ofGroup = db.prepare('SELECT * FROM email_contacts WHERE group_id = ? ORDER BY name, id');

  return {
    add: writeTransaction(db, (contact: Parameters<ContactRepo['add']>[0]) => {
      const c = parseInput(newContactSchema, contact, 'contacts.add');
      const { changes } = insert.run({ ...c, addedAt: c.addedAt.getTime() });
      const stored = readContactRow(byEmail.get(c.groupId, c.email), 'contacts.add');
      if (changes === 1) {
        audit.record({
          at: c.addedAt,
          actor: c.addedBy,
          action: 'contact.added',
          groupId: c.groupId,
          details: { contact: stored.id },
        });
      }
      return { contact: stored, created: changes === 1 };
    }),
    remove: writeTransaction(db, (...args: Parameters<ContactRepo['remove']>) => {
      const [groupId, id, by, now] = parseInput(removeContactArgs, args, 'contacts.remove');
      if (remove.run(groupId, id).changes === 0) return false;
      audit.record({ at: now, actor: by, action: 'contact.removed', groupId, details: { contact: id } });
      return true;
    }),
    list: (groupId) => ofGroup.all(groupId).map((row) => readContactRow(row, 'contacts.list')),
  };
}

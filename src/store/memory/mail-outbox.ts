import {
  applyMailFailure,
  claimArgs,
  dueArgs,
  type MailEntry,
  type MailOutboxRepo,
  mailFailedArgs,
  mailFilterSchema,
  newMailSchema,
  sentArgs,
} from '../mail-outbox.js';
import { StoreError } from '../store-error.js';
import { dateSchema, parseInput } from '../validate.js';
import { copy, type MemoryState, nextId, orderBy, requireGroup } from './state.js';

/**
 * The e-mail outbox of the in-memory twin. SQLite deletes a contact's mails with the
 * contact (ON DELETE CASCADE); here a mail whose contact is gone is dropped when the
 * table is next read, which callers cannot tell apart.
 */
export function createMemoryMailOutbox(s: MemoryState): MailOutboxRepo {
  const cascade = () => {
    for (const [id, m] of s.mail) if (!s.contacts.has(m.contactId)) s.mail.delete(id);
  };
  const set = (m: MailEntry) => s.mail.set(m.id, copy(m));
  return {
    enqueue(mail) {
      const m = parseInput(newMailSchema, mail, 'mail.enqueue');
      requireGroup(s, m.groupId, 'mail.enqueue');
      if (!s.contacts.has(m.contactId)) {
        throw new StoreError('constraint', 'mail.enqueue', 'FOREIGN KEY constraint failed', {
          table: 'email_contacts',
          id: m.contactId,
        });
      }
      cascade();
      const existing = [...s.mail.values()].find((x) => x.key === m.key);
      if (existing) return { entry: copy(existing), created: false };
      const stored: MailEntry = {
        ...m,
        id: nextId(s, 'mail'),
        status: 'pending',
        attempts: 0,
        nextAttemptAt: m.createdAt,
      };
      set(stored);
      return { entry: copy(stored), created: true };
    },
    due(...args) {
      const [now, limit] = parseInput(dueArgs, args, 'mail.due');
      cascade();
      return [...s.mail.values()]
        .filter((m) => m.status === 'pending' && m.nextAttemptAt.getTime() <= now.getTime())
        .sort(orderBy((m) => [m.createdAt.getTime(), m.id]))
        .slice(0, limit)
        .map(copy);
    },
    claim(...args) {
      const [id] = parseInput(claimArgs, args, 'mail.claim');
      cascade();
      const m = s.mail.get(id);
      if (m?.status !== 'pending') return false;
      set({ ...m, status: 'sending', attempts: m.attempts + 1 });
      return true;
    },
    sent(...args) {
      const [id, now] = parseInput(sentArgs, args, 'mail.sent');
      cascade();
      const m = s.mail.get(id);
      if (m?.status !== 'sending') return false;
      const { lastError: _e, ...rest } = m;
      set({ ...rest, status: 'sent', subject: '', text: '', finishedAt: now });
      return true;
    },
    failed(...args) {
      const [id, failure] = parseInput(mailFailedArgs, args, 'mail.failed');
      cascade();
      const m = s.mail.get(id);
      if (!m) return undefined;
      const next = applyMailFailure(m, failure);
      set(next);
      return copy(next);
    },
    recoverInterrupted(now) {
      const at = parseInput(dateSchema, now, 'mail.recoverInterrupted');
      cascade();
      let n = 0;
      for (const m of s.mail.values()) {
        if (m.status !== 'sending') continue;
        set({ ...m, status: 'pending', nextAttemptAt: at, lastError: 'interrupted' });
        n++;
      }
      return n;
    },
    list(filter = {}) {
      const f = parseInput(mailFilterSchema, filter, 'mail.list');
      cascade();
      return [...s.mail.values()]
        .filter(
          (m) =>
            (f.groupId === undefined || m.groupId === f.groupId) &&
            (f.status === undefined || m.status === f.status) &&
            (f.since === undefined || m.createdAt.getTime() >= f.since.getTime()),
        )
        .sort(orderBy((m) => [-m.createdAt.getTime(), -m.id]))
        .slice(0, f.limit ?? Number.MAX_SAFE_INTEGER)
        .map(copy);
    },
    purgeFinished(before) {
      const at = parseInput(dateSchema, before, 'mail.purgeFinished');
      cascade();
      let n = 0;
      for (const [id, m] of s.mail) {
        if ((m.status === 'sent' || m.status === 'failed') && (m.finishedAt?.getTime() ?? 0) < at.getTime()) {
          s.mail.delete(id);
          n++;
        }
      }
      return n;
    },
  };
}

import { describe, expect, it } from 'vitest';
import type { NewMail } from '../../../src/store/mail-outbox.js';
import type { Store } from '../../../src/store/store.js';
import { at, DAY, expectStoreError, MINUTE, makeGroup, type StoreUnderTest, TEACHER } from './fixtures.js';

function contact(store: Store, groupId: number, email = 'opa.jansen@example.org') {
  return store.contacts.add({ groupId, name: 'Opa Jansen', email, addedBy: TEACHER, addedAt: at(0) }).contact;
}

const mail = (
  groupId: number,
  contactId: number,
  key: string,
  overrides: Partial<NewMail> = {},
): NewMail => ({
  groupId,
  contactId,
  key,
  to: 'Opa.Jansen@Example.org ',
  toName: 'Opa Jansen',
  subject: 'Bericht van juf Mirjam',
  text: 'Vrijdag is er geen school.',
  createdAt: at(0),
  ...overrides,
});

export function mailOutboxContract(store: StoreUnderTest): void {
  describe('mail outbox (B1 e-mail)', () => {
    it('queues a mail once per key, for ever: even after it was sent', () => {
      const g = makeGroup(store());
      const c = contact(store(), g.id);
      const first = store().mail.enqueue(mail(g.id, c.id, 'announce:1:m1:1'));
      expect(first.created).toBe(true);
      expect(first.entry).toMatchObject({ to: 'opa.jansen@example.org', status: 'pending', attempts: 0 });
      expect(first.entry.nextAttemptAt).toEqual(at(0));
      expect(store().mail.claim(first.entry.id, at(1))).toBe(true);
      expect(store().mail.sent(first.entry.id, at(2))).toBe(true);
      const again = store().mail.enqueue(mail(g.id, c.id, 'announce:1:m1:1', { text: 'anders' }));
      expect(again.created).toBe(false);
      expect(again.entry).toMatchObject({ id: first.entry.id, status: 'sent', subject: '', text: '' });
      expect(again.entry.finishedAt).toEqual(at(2));
    });

    it('hands out due mails oldest first, and each only to one claimer', () => {
      const g = makeGroup(store());
      const c = contact(store(), g.id);
      const a = store().mail.enqueue(mail(g.id, c.id, 'a', { createdAt: at(2 * MINUTE) })).entry;
      const b = store().mail.enqueue(mail(g.id, c.id, 'b', { createdAt: at(MINUTE) })).entry;
      store().mail.enqueue(mail(g.id, c.id, 'later', { createdAt: at(10 * MINUTE) }));
      expect(
        store()
          .mail.due(at(5 * MINUTE), 10)
          .map((m) => m.key),
      ).toEqual(['b', 'a']);
      expect(
        store()
          .mail.due(at(5 * MINUTE), 1)
          .map((m) => m.key),
      ).toEqual(['b']);
      expect(store().mail.claim(b.id, at(5 * MINUTE))).toBe(true);
      expect(store().mail.claim(b.id, at(5 * MINUTE))).toBe(false);
      expect(
        store()
          .mail.due(at(5 * MINUTE), 10)
          .map((m) => m.id),
      ).toEqual([a.id]);
      expect(store().mail.sent(a.id, at(5 * MINUTE))).toBe(false); // not claimed
    });

    it('backs off after a failure, and gives up only on a permanent one', () => {
      const g = makeGroup(store());
      const c = contact(store(), g.id);
      const m = store().mail.enqueue(mail(g.id, c.id, 'k')).entry;
      store().mail.claim(m.id, at(0));
      const retry = store().mail.failed(m.id, { reason: 'connection', at: at(0), retryAt: at(MINUTE) });
      expect(retry).toMatchObject({ status: 'pending', attempts: 1, lastError: 'connection' });
      expect(store().mail.due(at(MINUTE - 1), 10)).toEqual([]);
      expect(
        store()
          .mail.due(at(MINUTE), 10)
          .map((x) => x.id),
      ).toEqual([m.id]);
      store().mail.claim(m.id, at(MINUTE));
      const dead = store().mail.failed(m.id, { reason: 'rejected_550', at: at(MINUTE), retryAt: null });
      expect(dead).toMatchObject({ status: 'failed', attempts: 2, subject: '', text: '' });
      expect(dead?.finishedAt).toEqual(at(MINUTE));
      expect(
        store()
          .mail.list({ status: 'failed' })
          .map((x) => x.id),
      ).toEqual([m.id]);
      expect(store().mail.failed(m.id + 99, { reason: 'x', at: at(0), retryAt: null })).toBeUndefined();
    });

    it('puts mails left "sending" by a crash back in the queue, due at once', () => {
      const g = makeGroup(store());
      const c = contact(store(), g.id);
      const m = store().mail.enqueue(mail(g.id, c.id, 'k')).entry;
      store().mail.claim(m.id, at(0));
      expect(store().mail.recoverInterrupted(at(DAY))).toBe(1);
      expect(store().mail.due(at(DAY), 10)).toMatchObject([
        { id: m.id, status: 'pending', lastError: 'interrupted' },
      ]);
      expect(store().mail.recoverInterrupted(at(DAY))).toBe(0);
    });

    it('drops a contact’s mails with the contact, and purges only final mails', () => {
      const g = makeGroup(store());
      const gone = contact(store(), g.id, 'weg@example.org');
      const stays = contact(store(), g.id, 'blijft@example.org');
      store().mail.enqueue(mail(g.id, gone.id, 'gone', { to: 'weg@example.org' }));
      const sent = store().mail.enqueue(mail(g.id, stays.id, 'sent', { to: 'blijft@example.org' })).entry;
      store().mail.enqueue(mail(g.id, stays.id, 'pending', { to: 'blijft@example.org' }));
      store().mail.claim(sent.id, at(0));
      store().mail.sent(sent.id, at(DAY));
      store().contacts.remove(g.id, gone.id, TEACHER, at(DAY));
      expect(
        store()
          .mail.list({ groupId: g.id })
          .map((m) => m.key)
          .sort(),
      ).toEqual(['pending', 'sent']);
      expect(store().mail.purgeFinished(at(DAY))).toBe(0);
      expect(store().mail.purgeFinished(at(DAY + 1))).toBe(1);
      expect(
        store()
          .mail.list()
          .map((m) => m.key),
      ).toEqual(['pending']);
    });

    it('refuses a bad address, an unknown contact and an empty text', () => {
      const g = makeGroup(store());
      const c = contact(store(), g.id);
      expectStoreError(() => store().mail.enqueue(mail(g.id, c.id, 'k', { to: 'geen adres' })), 'constraint');
      expectStoreError(() => store().mail.enqueue(mail(g.id, c.id + 9, 'k')), 'constraint');
      expectStoreError(() => store().mail.enqueue(mail(g.id, c.id, 'k', { text: '' })), 'constraint');
    });

    it('rolls a queued mail back with its transaction', () => {
      const g = makeGroup(store());
      const c = contact(store(), g.id);
      expect(() =>
        store().transaction(() => {
          store().mail.enqueue(mail(g.id, c.id, 'k'));
          throw new Error('boom');
        }),
      ).toThrow('boom');
      expect(store().mail.list()).toEqual([]);
    });
  });
}

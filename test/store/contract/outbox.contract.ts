import { describe, expect, it } from 'vitest';
import type { NewOutboxEntry } from '../../../src/store/outbox.js';
import {
  anna,
  at,
  bram,
  DAY,
  expectStoreError,
  MINUTE,
  makeGroup,
  newIncident,
  type StoreUnderTest,
  TEACHER,
} from './fixtures.js';

const alert = (groupId: number, key: string, overrides: Partial<NewOutboxEntry> = {}): NewOutboxEntry => ({
  groupId,
  key,
  recipient: 'teacher',
  urgent: false,
  text: 'Melding #1: pesten',
  buttons: [{ label: 'Gezien', command: 'handle 1 seen' }],
  createdAt: at(0),
  ...overrides,
});

export function outboxContract(store: StoreUnderTest): void {
  describe('outbox (alerts waiting to be delivered)', () => {
    it('queues an alert once per key, due at once, with its buttons', () => {
      const g = makeGroup(store());
      const first = store().outbox.enqueue(
        alert(g.id, 'incident:1:teacher', { incidentId: 1, urgent: true }),
      );
      expect(first.created).toBe(true);
      expect(first.entry).toMatchObject({
        groupId: g.id,
        incidentId: 1,
        recipient: 'teacher',
        urgent: true,
        attempts: 0,
        nextAttemptAt: at(0),
        buttons: [{ label: 'Gezien', command: 'handle 1 seen' }],
      });
      const again = store().outbox.enqueue(alert(g.id, 'incident:1:teacher', { text: 'anders' }));
      expect(again).toEqual({ entry: first.entry, created: false });
      expect(store().outbox.list()).toEqual([first.entry]);
    });

    it('lists oldest first, filtered by group, recipient and due time', () => {
      const g = makeGroup(store());
      const h = makeGroup(store(), { chatId: '-2' });
      const a = store().outbox.enqueue(alert(g.id, 'a', { createdAt: at(2 * MINUTE) })).entry;
      const b = store().outbox.enqueue(
        alert(g.id, 'b', { createdAt: at(MINUTE), recipient: 'supervisor' }),
      ).entry;
      const c = store().outbox.enqueue(alert(h.id, 'c', { createdAt: at(3 * MINUTE) })).entry;
      expect(
        store()
          .outbox.list()
          .map((e) => e.key),
      ).toEqual(['b', 'a', 'c']);
      expect(
        store()
          .outbox.list({ groupId: g.id })
          .map((e) => e.id),
      ).toEqual([b.id, a.id]);
      expect(
        store()
          .outbox.list({ recipient: 'supervisor' })
          .map((e) => e.id),
      ).toEqual([b.id]);
      expect(
        store()
          .outbox.list({ dueBy: at(2 * MINUTE) })
          .map((e) => e.id),
      ).toEqual([b.id, a.id]);
      expect(
        store()
          .outbox.list({ limit: 1 })
          .map((e) => e.id),
      ).toEqual([b.id]);
      expect(c.groupId).toBe(h.id);
    });

    it('records failed attempts with a retry time and why it waits, and forgets the wait on the next failure', () => {
      const g = makeGroup(store());
      const { entry } = store().outbox.enqueue(alert(g.id, 'k'));
      const waiting = store().outbox.failed(entry.id, {
        reason: 'no_private_chat',
        retryAt: at(60 * MINUTE),
        waiting: 'private_chat',
      });
      expect(waiting).toMatchObject({
        attempts: 1,
        nextAttemptAt: at(60 * MINUTE),
        waiting: 'private_chat',
        lastFailure: 'no_private_chat',
      });
      expect(store().outbox.list({ dueBy: at(MINUTE) })).toEqual([]);
      const retried = store().outbox.failed(entry.id, { reason: 'rate_limited', retryAt: at(61 * MINUTE) });
      expect(retried?.attempts).toBe(2);
      expect(retried?.waiting).toBeUndefined();
      expect(store().outbox.list()).toEqual([retried]);
      expect(store().outbox.failed(entry.id + 100, { reason: 'failed', retryAt: at(0) })).toBeUndefined();
    });

    it('deletes a delivered alert, text and all; the key can be queued again later', () => {
      const g = makeGroup(store());
      const { entry } = store().outbox.enqueue(alert(g.id, 'k'));
      expect(store().outbox.delivered(entry.id)).toBe(true);
      expect(store().outbox.delivered(entry.id)).toBe(false);
      expect(store().outbox.list()).toEqual([]);
      expect(store().outbox.enqueue(alert(g.id, 'k')).created).toBe(true);
    });

    it('refuses an unknown group, an empty text, a failure reason that is not a code', () => {
      const g = makeGroup(store());
      expectStoreError(() => store().outbox.enqueue(alert(g.id + 9, 'k')), 'constraint');
      expectStoreError(() => store().outbox.enqueue(alert(g.id, 'k', { text: '' })), 'constraint');
      const { entry } = store().outbox.enqueue(alert(g.id, 'k'));
      expectStoreError(
        () => store().outbox.failed(entry.id, { reason: 'Anna zei iets', retryAt: at(0) }),
        'constraint',
      );
    });

    it('rolls back with the transaction it was queued in', () => {
      const g = makeGroup(store());
      expect(() =>
        store().transaction(() => {
          store().outbox.enqueue(alert(g.id, 'k'));
          throw new Error('crash after queueing');
        }),
      ).toThrow('crash after queueing');
      expect(store().outbox.list()).toEqual([]);
    });

    it("erasing a member deletes the alerts about their incidents, and nobody else's", () => {
      const g = makeGroup(store());
      const hers = store().incidents.record(newIncident(g)).incident;
      const his = store().incidents.record(
        newIncident(g, { author: { pseudonym: bram, name: 'Bram' } }),
      ).incident;
      store().outbox.enqueue(alert(g.id, 'hers', { incidentId: hers.id }));
      store().outbox.enqueue(alert(g.id, 'his', { incidentId: his.id }));
      store().outbox.enqueue(alert(g.id, 'derailing'));
      const counts = store().forgetMember(g.id, anna, TEACHER, at(DAY));
      expect(counts.outbox).toBe(1);
      expect(
        store()
          .outbox.list()
          .map((e) => e.key)
          .sort(),
      ).toEqual(['derailing', 'his']);
    });

    it('retention deletes alerts that waited longer than the group keeps data', () => {
      const g = makeGroup(store(), { retentionDays: 30 });
      store().outbox.enqueue(alert(g.id, 'old', { createdAt: at(0) }));
      store().outbox.enqueue(alert(g.id, 'young', { createdAt: at(20 * DAY) }));
      expect(store().purgeExpired(at(40 * DAY)).outbox).toBe(1);
      expect(
        store()
          .outbox.list()
          .map((e) => e.key),
      ).toEqual(['young']);
    });
  });
}

import { describe, expect, it } from 'vitest';
import { summarise } from '../../../src/store/incidents.js';
import {
  anna,
  at,
  bram,
  expectStoreError,
  MINUTE,
  makeGroup,
  newIncident,
  type StoreUnderTest,
} from './fixtures.js';

export function incidentsContract(store: StoreUnderTest): void {
  describe('incidents: recording', () => {
    it('records an open incident with everything it was given', () => {
      const g = makeGroup(store());
      const input = newIncident(g, {
        category: 'personal_data',
        kind: 'phone',
        rule: 'nl-mobile',
        severity: 'high',
      });
      const { incident, created } = store().incidents.record(input);
      expect(created).toBe(true);
      expect(incident).toEqual({
        ...input,
        id: incident.id,
        status: 'open',
        forwardedToSupervisor: false,
      });
      expect(store().incidents.get(incident.id)).toEqual(incident);
      expect(store().incidents.get(incident.id + 1000)).toBeUndefined();
    });

    it('records the same message and category once: a redelivery or an edit no worse returns the first', () => {
      const g = makeGroup(store());
      const first = newIncident(g, { severity: 'high' });
      const a = store().incidents.record(first);
      for (const severity of ['high', 'medium', 'low'] as const) {
        const b = store().incidents.record({
          ...first,
          severity,
          excerpt: 'bewerkt ***',
          createdAt: at(MINUTE),
        });
        expect(b).toEqual({ incident: a.incident, created: false, raised: false });
      }
      expect(store().incidents.list()).toHaveLength(1);
    });

    it('an edit that raises the severity updates the incident and opens it again', () => {
      const g = makeGroup(store());
      const first = newIncident(g, { category: 'threat', severity: 'high', target: 'person' });
      const a = store().incidents.record(first);
      store().incidents.setStatus(a.incident.id, 'resolved', 'juf', at(MINUTE));
      const b = store().incidents.record({
        ...first,
        severity: 'critical',
        rule: 'threat:weapon',
        why: 'bewerkt: met mes',
        excerpt: 'bewerkt ***',
        createdAt: at(2 * MINUTE),
      });
      expect(b.created).toBe(false);
      expect(b.raised).toBe(true);
      expect(b.incident).toEqual({
        ...a.incident,
        severity: 'critical',
        rule: 'threat:weapon',
        why: 'bewerkt: met mes',
        excerpt: 'bewerkt ***',
        status: 'open',
      });
      expect(store().incidents.get(a.incident.id)).toEqual(b.incident);
      expect(store().incidents.list()).toHaveLength(1);
    });

    it('records another category of the same message, and the same message id in another chat', () => {
      const g = makeGroup(store());
      const first = newIncident(g);
      const base = store().incidents.record(first).incident;
      const other = store().incidents.record({ ...first, category: 'threat' });
      expect(other.created).toBe(true);
      // Telegram restarts message ids when a group becomes a supergroup.
      const moved = store().incidents.record({ ...first, ref: { ...first.ref, chatId: '-1009999' } });
      expect(moved.created).toBe(true);
      expect(new Set([base.id, other.incident.id, moved.incident.id]).size).toBe(3);
    });

    it('records a conversation event without an author', () => {
      const g = makeGroup(store());
      const { incident } = store().incidents.record({
        ...newIncident(g, { category: 'derailing' }),
        author: undefined,
      });
      expect(incident.author).toBeUndefined();
      expect(store().incidents.get(incident.id)?.author).toBeUndefined();
    });

    it.each([
      ['personal_data without a kind', { category: 'personal_data' as const }],
      ['a kind on a non-personal_data incident', { kind: 'phone' as const }],
      ['an excerpt longer than 500 characters', { excerpt: 'x'.repeat(501) }],
      ['an unknown category', { category: 'rudeness' as never }],
      ['an empty why', { why: '' }],
      ['a raw platform id as author', { author: { pseudonym: '42' as never, name: 'Anna' } }],
    ])('refuses %s', (_name, overrides) => {
      const g = makeGroup(store());
      expectStoreError(() => store().incidents.record(newIncident(g, overrides)), 'constraint');
      expect(store().incidents.list()).toEqual([]);
    });

    it('refuses an incident for a group that does not exist', () => {
      const g = makeGroup(store());
      expectStoreError(
        () => store().incidents.record({ ...newIncident(g), groupId: g.id + 99 }),
        'constraint',
      );
    });
  });

  describe('incidents: windows and lists', () => {
    it('gives a member their incidents in [since, until), oldest first, in this group only', () => {
      const g = makeGroup(store());
      const other = makeGroup(store(), { chatId: '-2' });
      const rec = (minutes: number, author = anna, group = g) =>
        store().incidents.record(
          newIncident(group, { createdAt: at(minutes * MINUTE), author: { pseudonym: author, name: 'x' } }),
        ).incident.id;
      const early = rec(0);
      const inside1 = rec(10);
      const inside2 = rec(5);
      const atUntil = rec(20);
      rec(12, bram);
      rec(11, anna, other);
      const ids = store()
        .incidents.forMember(g.id, anna, { since: at(5 * MINUTE), until: at(20 * MINUTE) })
        .map((i) => i.id);
      expect(ids).toEqual([inside2, inside1]);
      const open = store()
        .incidents.forMember(g.id, anna, { since: at(MINUTE) })
        .map((i) => i.id);
      expect(open).toEqual([inside2, inside1, atUntil]);
      expect(open).not.toContain(early);
    });

    it("gives the group's incidents in a window from everyone, oldest first", () => {
      const g = makeGroup(store());
      const a = store().incidents.record(newIncident(g, { createdAt: at(3 * MINUTE) })).incident.id;
      const b = store().incidents.record(
        newIncident(g, { createdAt: at(MINUTE), author: { pseudonym: bram, name: 'Bram' } }),
      ).incident.id;
      store().incidents.record(newIncident(g, { createdAt: at(30 * MINUTE) }));
      const ids = store()
        .incidents.forGroup(g.id, { since: at(0), until: at(10 * MINUTE) })
        .map((i) => i.id);
      expect(ids).toEqual([b, a]);
    });

    it('lists across groups newest first and filters by group, status, category, author, time and limit', () => {
      const g = makeGroup(store());
      const h = makeGroup(store(), { chatId: '-2' });
      const one = store().incidents.record(newIncident(g, { createdAt: at(MINUTE) })).incident;
      const two = store().incidents.record(
        newIncident(h, { createdAt: at(2 * MINUTE), category: 'threat' }),
      ).incident;
      const three = store().incidents.record(
        newIncident(g, {
          createdAt: at(3 * MINUTE),
          category: 'profanity',
          author: { pseudonym: bram, name: 'B' },
        }),
      ).incident;
      store().incidents.setStatus(one.id, 'resolved', 'juf', at(4 * MINUTE));
      const ids = (filter?: Parameters<ReturnType<StoreUnderTest>['incidents']['list']>[0]) =>
        store()
          .incidents.list(filter)
          .map((i) => i.id);
      expect(ids()).toEqual([three.id, two.id, one.id]);
      expect(ids({ groupId: g.id })).toEqual([three.id, one.id]);
      expect(ids({ status: 'open' })).toEqual([three.id, two.id]);
      expect(ids({ status: ['resolved', 'seen'] })).toEqual([one.id]);
      expect(ids({ category: ['threat', 'profanity'] })).toEqual([three.id, two.id]);
      expect(ids({ author: bram })).toEqual([three.id]);
      expect(ids({ since: at(2 * MINUTE) })).toEqual([three.id, two.id]);
      expect(ids({ until: at(2 * MINUTE) })).toEqual([one.id]);
      expect(ids({ limit: 2 })).toEqual([three.id, two.id]);
      expectStoreError(() => store().incidents.list({ limit: 0 }), 'constraint');
      expectStoreError(() => store().incidents.list({ status: [] }), 'constraint');
    });

    it('gives the recent incidents of a group or an author as list does, summarised', () => {
      const g = makeGroup(store());
      const h = makeGroup(store(), { chatId: '-2' });
      const rec = (minutes: number, author = anna, group = g, extra = {}) =>
        store().incidents.record(
          newIncident(group, {
            createdAt: at(minutes * MINUTE),
            author: { pseudonym: author, name: 'x' },
            ...extra,
          }),
        );
      rec(1);
      rec(2, bram, g, { category: 'threat', target: 'person' });
      rec(3);
      rec(3, bram);
      rec(4, anna, h);
      store().incidents.record(newIncident(g, { createdAt: at(5 * MINUTE), category: 'derailing' }));
      for (const filter of [
        { groupId: g.id, since: at(0), limit: 20 },
        { groupId: g.id, since: at(2 * MINUTE), limit: 2 },
        { groupId: g.id, author: anna, since: at(0), limit: 50 },
        { groupId: g.id, author: bram, since: at(3 * MINUTE), limit: 50 },
      ]) {
        expect(store().incidents.recent(filter)).toEqual(store().incidents.list(filter).map(summarise));
      }
      expect(store().incidents.recent({ groupId: g.id, since: at(0), limit: 20 })).toHaveLength(5);
      expectStoreError(
        () => store().incidents.recent({ groupId: g.id, since: at(0), limit: 0 }),
        'constraint',
      );
    });
  });
}

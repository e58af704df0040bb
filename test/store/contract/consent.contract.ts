import { describe, expect, it } from 'vitest';
import {
  anna,
  at,
  bram,
  DAY,
  expectStoreError,
  makeGroup,
  type StoreUnderTest,
  T0,
  TEACHER,
} from './fixtures.js';

export function consentContract(store: StoreUnderTest): void {
  describe('consent register (A5)', () => {
    it('covers a member for a kind from the moment given until (not including) its end', () => {
      const g = makeGroup(store());
      store().consent.grant(
        {
          groupId: g.id,
          member: anna,
          kind: 'photo',
          givenBy: 'moeder van Anna',
          givenAt: at(DAY),
          until: at(10 * DAY),
        },
        TEACHER,
        at(DAY),
      );
      const covers = (when: Date, member = anna, kind: 'photo' | 'video' = 'photo', groupId = g.id) =>
        store().consent.covers(groupId, member, kind, when);
      expect(covers(T0)).toBe(false);
      expect(covers(at(DAY))).toBe(true);
      expect(covers(at(10 * DAY - 1))).toBe(true);
      expect(covers(at(10 * DAY))).toBe(false);
      expect(covers(at(2 * DAY), anna, 'video')).toBe(false);
      expect(covers(at(2 * DAY), bram)).toBe(false);
      expect(covers(at(2 * DAY), anna, 'photo', g.id + 1)).toBe(false);
    });

    it('covers without end when no until is given, and replaces an entry on a new grant', () => {
      const g = makeGroup(store());
      const grant = (until?: Date) =>
        store().consent.grant(
          {
            groupId: g.id,
            member: anna,
            kind: 'video',
            givenBy: 'vader',
            givenAt: T0,
            ...(until ? { until } : {}),
          },
          TEACHER,
          at(DAY),
        );
      expect(grant().until).toBeUndefined();
      expect(store().consent.covers(g.id, anna, 'video', at(3650 * DAY))).toBe(true);
      grant(at(DAY));
      expect(store().consent.covers(g.id, anna, 'video', at(2 * DAY))).toBe(false);
      expect(store().consent.list(g.id)).toHaveLength(1);
    });

    it('withdraws consent for one kind and audits grant and withdrawal without names', () => {
      const g = makeGroup(store());
      for (const kind of ['photo', 'audio'] as const) {
        store().consent.grant(
          { groupId: g.id, member: anna, kind, givenBy: 'moeder van Anna', givenAt: T0 },
          TEACHER,
          at(DAY),
        );
      }
      expect(store().consent.revoke(g.id, anna, 'photo', TEACHER, at(DAY))).toBe(true);
      expect(store().consent.revoke(g.id, anna, 'photo', TEACHER, at(DAY))).toBe(false);
      expect(store().consent.covers(g.id, anna, 'photo', at(2 * DAY))).toBe(false);
      expect(store().consent.covers(g.id, anna, 'audio', at(2 * DAY))).toBe(true);
      const entries = store().audit.list({ groupId: g.id });
      const granted = entries.filter((e) => e.action === 'consent.granted');
      expect(granted).toHaveLength(2);
      // Audited when it was registered, not at the date on the form.
      expect(granted[0]?.at).toEqual(at(DAY));
      expect(entries.filter((e) => e.action === 'consent.revoked')[0]?.details).toEqual({
        member: anna,
        kind: 'photo',
      });
      expect(JSON.stringify(entries)).not.toContain('moeder');
    });

    it('lists the register by member and kind, or one member', () => {
      const g = makeGroup(store());
      const grant = (member: typeof anna, kind: 'photo' | 'video' | 'audio') =>
        store().consent.grant(
          { groupId: g.id, member, kind, givenBy: 'ouder', givenAt: T0 },
          TEACHER,
          at(DAY),
        );
      grant(bram, 'video');
      grant(anna, 'video');
      grant(anna, 'audio');
      const sorted = [anna, bram].sort();
      expect(
        store()
          .consent.list(g.id)
          .map((c) => [c.member, c.kind]),
      ).toEqual(
        sorted[0] === anna
          ? [
              [anna, 'audio'],
              [anna, 'video'],
              [bram, 'video'],
            ]
          : [
              [bram, 'video'],
              [anna, 'audio'],
              [anna, 'video'],
            ],
      );
      expect(
        store()
          .consent.list(g.id, anna)
          .map((c) => c.kind),
      ).toEqual(['audio', 'video']);
    });

    it('refuses documents, an end before the start, and unknown groups', () => {
      const g = makeGroup(store());
      const base = {
        groupId: g.id,
        member: anna,
        kind: 'photo' as const,
        givenBy: 'ouder',
        givenAt: at(DAY),
      };
      expectStoreError(
        () => store().consent.grant({ ...base, kind: 'document' as never }, TEACHER, at(DAY)),
        'constraint',
      );
      expectStoreError(
        () => store().consent.grant({ ...base, until: at(DAY) }, TEACHER, at(DAY)),
        'constraint',
      );
      expectStoreError(
        () => store().consent.grant({ ...base, groupId: g.id + 9 }, TEACHER, at(DAY)),
        'constraint',
      );
      expect(store().consent.list(g.id)).toEqual([]);
    });
  });
}

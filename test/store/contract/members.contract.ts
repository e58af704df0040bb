import { describe, expect, it } from 'vitest';
import type { Pseudonym } from '../../../src/store/pseudonym.js';
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

export function membersContract(store: StoreUnderTest): void {
  describe('members', () => {
    it('creates a member on the first sighting', () => {
      const g = makeGroup(store());
      const m = store().members.seen({
        groupId: g.id,
        pseudonym: anna,
        displayName: 'Anna',
        role: 'parent',
        at: T0,
      });
      expect(m).toEqual({
        groupId: g.id,
        pseudonym: anna,
        displayName: 'Anna',
        role: 'parent',
        firstSeen: T0,
        lastSeen: T0,
      });
      expect(store().members.get(g.id, anna)).toEqual(m);
      expect(store().members.get(g.id, bram)).toBeUndefined();
    });

    it('follows the newest sighting for name and role, and widens first/last seen', () => {
      const g = makeGroup(store());
      const seen = (displayName: string, role: 'parent' | 'staff' | 'unknown', when: Date) =>
        store().members.seen({ groupId: g.id, pseudonym: anna, displayName, role, at: when });
      seen('Anna', 'parent', at(DAY));
      expect(seen('Anna V.', 'staff', at(2 * DAY))).toMatchObject({
        displayName: 'Anna V.',
        role: 'staff',
        firstSeen: at(DAY),
        lastSeen: at(2 * DAY),
      });
      // An older, late-delivered sighting only moves firstSeen back.
      expect(seen('Oude naam', 'parent', T0)).toMatchObject({
        displayName: 'Anna V.',
        role: 'staff',
        firstSeen: T0,
        lastSeen: at(2 * DAY),
      });
      // `unknown` never overwrites a known role, but the name still follows.
      expect(seen('Anna', 'unknown', at(3 * DAY))).toMatchObject({ displayName: 'Anna', role: 'staff' });
    });

    it('keeps members per group', () => {
      const g1 = makeGroup(store());
      const g2 = makeGroup(store(), { chatId: '-2' });
      store().members.seen({ groupId: g1.id, pseudonym: anna, displayName: 'Anna', role: 'parent', at: T0 });
      store().members.seen({
        groupId: g2.id,
        pseudonym: anna,
        displayName: 'Juf Anna',
        role: 'staff',
        at: T0,
      });
      expect(store().members.get(g1.id, anna)?.role).toBe('parent');
      expect(store().members.get(g2.id, anna)?.role).toBe('staff');
    });

    it('lists a group by display name', () => {
      const g = makeGroup(store());
      store().members.seen({ groupId: g.id, pseudonym: anna, displayName: 'Zoë', role: 'parent', at: T0 });
      store().members.seen({ groupId: g.id, pseudonym: bram, displayName: 'Bram', role: 'parent', at: T0 });
      expect(
        store()
          .members.list(g.id)
          .map((m) => m.displayName),
      ).toEqual(['Bram', 'Zoë']);
    });

    it('refuses a raw platform id where a pseudonym belongs, and an unknown group', () => {
      const g = makeGroup(store());
      const raw = '123456789' as Pseudonym;
      expectStoreError(
        () =>
          store().members.seen({ groupId: g.id, pseudonym: raw, displayName: 'X', role: 'parent', at: T0 }),
        'constraint',
      );
      expectStoreError(
        () =>
          store().members.seen({
            groupId: g.id + 99,
            pseudonym: anna,
            displayName: 'X',
            role: 'parent',
            at: T0,
          }),
        'constraint',
      );
      expect(store().members.list(g.id)).toEqual([]);
    });

    it('lets a teacher set a role, audited with the pseudonym and no name', () => {
      const g = makeGroup(store());
      store().members.seen({ groupId: g.id, pseudonym: anna, displayName: 'Anna', role: 'unknown', at: T0 });
      expect(store().members.setRole(g.id, anna, 'pupil', TEACHER, at(DAY))?.role).toBe('pupil');
      expect(store().members.get(g.id, anna)?.role).toBe('pupil');
      const [entry] = store().audit.list({ action: 'member.role_changed' });
      expect(entry?.details).toEqual({ member: anna, from: 'unknown', to: 'pupil' });
      expect(store().members.setRole(g.id, bram, 'pupil', TEACHER, at(DAY))).toBeUndefined();
    });
  });
}

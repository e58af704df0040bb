import { describe, expect, it } from 'vitest';
import { anna, at, bram, expectStoreError, MINUTE, makeGroup, type StoreUnderTest } from './fixtures.js';

export function remindersContract(store: StoreUnderTest): void {
  describe('reminders (rate limits)', () => {
    it('answers undefined before any reminder went out', () => {
      const g = makeGroup(store());
      expect(store().reminders.last({ groupId: g.id, key: 'profanity' })).toBeUndefined();
    });

    it('keeps group reminders, private reminders and keys apart and returns the latest', () => {
      const g = makeGroup(store());
      const other = makeGroup(store(), { chatId: '-2' });
      const rec = (minutes: number, key = 'profanity', member?: typeof anna, groupId = g.id) =>
        store().reminders.record({
          groupId,
          key,
          sentAt: at(minutes * MINUTE),
          ...(member ? { member } : {}),
        });
      rec(10);
      rec(5); // late write of an older one: the latest still wins
      rec(30, 'profanity', anna);
      rec(20, 'profanity', bram);
      rec(40, 'lesson_time');
      rec(50, 'profanity', undefined, other.id);
      expect(store().reminders.last({ groupId: g.id, key: 'profanity' })).toEqual(at(10 * MINUTE));
      expect(store().reminders.last({ groupId: g.id, key: 'profanity', member: anna })).toEqual(
        at(30 * MINUTE),
      );
      expect(store().reminders.last({ groupId: g.id, key: 'profanity', member: bram })).toEqual(
        at(20 * MINUTE),
      );
      expect(store().reminders.last({ groupId: g.id, key: 'lesson_time' })).toEqual(at(40 * MINUTE));
      expect(store().reminders.last({ groupId: g.id, key: 'lesson_time', member: anna })).toBeUndefined();
      expect(store().reminders.last({ groupId: other.id, key: 'profanity' })).toEqual(at(50 * MINUTE));
    });

    it('reads the latest of several keys at once, to the group and to one member, as `last` does key by key', () => {
      const g = makeGroup(store());
      const other = makeGroup(store(), { chatId: '-2' });
      const rec = (minutes: number, key: string, member?: typeof anna, groupId = g.id) =>
        store().reminders.record({
          groupId,
          key,
          sentAt: at(minutes * MINUTE),
          ...(member ? { member } : {}),
        });
      rec(10, 'profanity');
      rec(5, 'profanity');
      rec(30, 'profanity', anna);
      rec(35, 'profanity', bram);
      rec(20, 'bullying', anna);
      rec(40, 'derailing:raised');
      rec(50, 'bullying', undefined, other.id);
      rec(60, 'hate');
      const keys = ['profanity', 'bullying', 'derailing:raised', 'threat'];
      const latest = store().reminders.latest({ groupId: g.id, keys, member: anna });
      expect([...latest.group].sort()).toEqual([
        ['derailing:raised', at(40 * MINUTE)],
        ['profanity', at(10 * MINUTE)],
      ]);
      expect([...latest.member].sort()).toEqual(
        [
          ['profanity', at(30 * MINUTE)],
          ['bullying', at(20 * MINUTE)],
        ].sort(),
      );
      for (const key of keys) {
        expect(latest.group.get(key)).toEqual(store().reminders.last({ groupId: g.id, key }));
        expect(latest.member.get(key)).toEqual(store().reminders.last({ groupId: g.id, key, member: anna }));
      }
      const toGroupOnly = store().reminders.latest({ groupId: g.id, keys: ['profanity'] });
      expect(toGroupOnly.member.size).toBe(0);
      expect(toGroupOnly.group.get('profanity')).toEqual(at(10 * MINUTE));
      expect(store().reminders.latest({ groupId: g.id, keys: [] }).group.size).toBe(0);
    });

    it('counts group and private reminders in a window for the digest, leaving out notes about private chats and welcomes', () => {
      const g = makeGroup(store());
      const rec = (minutes: number, key: string, member?: typeof anna) =>
        store().reminders.record({
          groupId: g.id,
          key,
          sentAt: at(minutes * MINUTE),
          ...(member ? { member } : {}),
        });
      rec(0, 'profanity');
      rec(5, 'weekly-tip');
      rec(6, 'bullying', anna);
      rec(7, 'bullying', bram);
      rec(8, 'open_private_chat:teacher');
      rec(9, 'welcome');
      rec(10, 'profanity'); // at the end: outside [since, until)
      expect(store().reminders.count(g.id, { since: at(0), until: at(10 * MINUTE) })).toEqual({
        group: 2,
        members: 2,
      });
      expect(store().reminders.count(g.id, { since: at(6 * MINUTE), until: at(11 * MINUTE) })).toEqual({
        group: 1,
        members: 2,
      });
    });

    it('refuses a raw id as member and an unknown group', () => {
      const g = makeGroup(store());
      expectStoreError(
        () => store().reminders.record({ groupId: g.id, key: 'k', member: '1001' as never, sentAt: at(0) }),
        'constraint',
      );
      expectStoreError(
        () => store().reminders.record({ groupId: g.id + 9, key: 'k', sentAt: at(0) }),
        'constraint',
      );
    });
  });
}

import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_DAYS, DEFAULT_TIME_ZONE } from '../../../src/store/groups.js';
import {
  at,
  DAY,
  expectStoreError,
  MINUTE,
  makeGroup,
  newGroup,
  newIncident,
  type StoreUnderTest,
  T0,
  TEACHER,
} from './fixtures.js';

export function groupsContract(store: StoreUnderTest): void {
  describe('groups', () => {
    it('creates a group with defaults and finds it by id and by chat', () => {
      const g = makeGroup(store());
      expect(g).toMatchObject({
        platform: 'telegram',
        chatId: '-100200300',
        className: 'Groep 7B',
        type: 'parents',
        language: 'nl',
        timeZone: DEFAULT_TIME_ZONE,
        lessonHours: [],
        allowList: [],
        retentionDays: DEFAULT_RETENTION_DAYS,
        active: true,
        createdAt: T0,
        updatedAt: T0,
      });
      expect(g.teacher).toBeUndefined();
      expect(g.lessonExceptionUntil).toBeUndefined();
      expect(store().groups.get(g.id)).toEqual(g);
      expect(store().groups.findByChat('telegram', '-100200300')).toEqual(g);
      expect(store().groups.findByChat('discord', '-100200300')).toBeUndefined();
      expect(store().groups.get(g.id + 1000)).toBeUndefined();
    });

    it('keeps every setting, with teacher and supervisor platform ids as given', () => {
      const g = makeGroup(store(), {
        type: 'pupils',
        language: 'en',
        timeZone: 'Europe/Brussels',
        lessonHours: [
          { weekday: 1, from: '08:30', to: '12:00' },
          { weekday: 3, from: '08:30', to: '12:15' },
        ],
        lessonExceptionUntil: at(60 * MINUTE),
        allowList: ['0201234567', 'info@regenboog.example'],
        retentionDays: 30,
        teacher: { platformId: '777', name: 'juf Anna' },
        supervisor: { platformId: '888', name: 'meester Tom' },
      });
      const back = store().groups.get(g.id);
      expect(back).toEqual(g);
      expect(back?.teacher).toEqual({ platformId: '777', name: 'juf Anna' });
      expect(back?.supervisor).toEqual({ platformId: '888', name: 'meester Tom' });
      expect(back?.lessonHours).toHaveLength(2);
      expect(back?.lessonExceptionUntil).toEqual(at(60 * MINUTE));
    });

    it('refuses a second group for the same platform and chat, but not on another platform', () => {
      makeGroup(store());
      expectStoreError(() => makeGroup(store(), { className: 'Andere klas' }), 'constraint');
      expect(makeGroup(store(), { platform: 'discord' }).platform).toBe('discord');
      expect(store().groups.list()).toHaveLength(2);
    });

    it.each([
      [
        'a lesson block that ends before it starts',
        { lessonHours: [{ weekday: 1, from: '12:00', to: '08:30' }] },
      ],
      ['weekday 0', { lessonHours: [{ weekday: 0, from: '08:30', to: '12:00' }] }],
      ['an unknown time zone', { timeZone: 'Mars/Olympus' }],
      ['an unknown group type', { type: 'teachers' as never }],
      ['zero retention days', { retentionDays: 0 }],
      ['an empty class name', { className: '  ' }],
      ['an invalid date', { createdAt: new Date(Number.NaN) }],
    ])('refuses %s and stores nothing', (_name, overrides) => {
      expectStoreError(() => makeGroup(store(), overrides), 'constraint');
      expect(store().groups.list()).toEqual([]);
    });

    it('updates settings, clears optional ones with null and audits only the names of what changed', () => {
      const g = makeGroup(store(), {
        teacher: { platformId: '777', name: 'juf Anna' },
        lessonExceptionUntil: at(DAY),
      });
      const now = at(2 * DAY);
      const updated = store().groups.update(
        g.id,
        { allowList: ['0201234567'], retentionDays: 90, teacher: null, lessonExceptionUntil: null },
        TEACHER,
        now,
      );
      expect(updated).toMatchObject({ allowList: ['0201234567'], retentionDays: 90, updatedAt: now });
      expect(updated?.teacher).toBeUndefined();
      expect(updated?.lessonExceptionUntil).toBeUndefined();
      expect(updated?.className).toBe(g.className);
      expect(store().groups.get(g.id)).toEqual(updated);
      const [entry] = store().audit.list({ action: 'group.settings_changed' });
      expect(entry).toMatchObject({ actor: TEACHER, groupId: g.id, at: now });
      expect(entry?.details).toEqual({
        changed: ['allowList', 'lessonExceptionUntil', 'retentionDays', 'teacher'],
      });
      expect(JSON.stringify(entry)).not.toContain('0201234567');
    });

    it('answers undefined when updating a group that does not exist', () => {
      expect(store().groups.update(42, { active: false }, TEACHER, T0)).toBeUndefined();
      expect(store().audit.list({ action: 'group.settings_changed' })).toEqual([]);
    });

    it('moves a group to a new chat id, keeping settings and incidents', () => {
      const g = makeGroup(store(), { allowList: ['0201234567'], retentionDays: 60 });
      const { incident } = store().incidents.record(newIncident(g));
      const moved = store().groups.moveChat('telegram', '-100200300', '-1009999', TEACHER, at(DAY));
      expect(moved).toMatchObject({
        id: g.id,
        chatId: '-1009999',
        allowList: ['0201234567'],
        retentionDays: 60,
      });
      expect(store().groups.findByChat('telegram', '-100200300')).toBeUndefined();
      expect(store().groups.findByChat('telegram', '-1009999')?.id).toBe(g.id);
      expect(store().incidents.get(incident.id)?.groupId).toBe(g.id);
      expect(store().audit.list({ action: 'group.chat_moved' })[0]?.details).toEqual({
        from: '-100200300',
        to: '-1009999',
      });
    });

    it('does not move a group onto a chat another group has, nor a group that does not exist', () => {
      makeGroup(store());
      makeGroup(store(), { chatId: '-1009999' });
      expectStoreError(
        () => store().groups.moveChat('telegram', '-100200300', '-1009999', TEACHER, T0),
        'constraint',
      );
      expect(store().groups.findByChat('telegram', '-100200300')).toBeDefined();
      expect(store().groups.moveChat('telegram', '-404', '-405', TEACHER, T0)).toBeUndefined();
    });

    it('lists groups by id, filtered by active flag and platform', () => {
      const a = makeGroup(store());
      const b = makeGroup(store(), { chatId: '-2', active: false });
      const c = makeGroup(store(), { platform: 'discord', chatId: '55' });
      expect(
        store()
          .groups.list()
          .map((g) => g.id),
      ).toEqual([a.id, b.id, c.id]);
      expect(
        store()
          .groups.list({ active: true })
          .map((g) => g.id),
      ).toEqual([a.id, c.id]);
      expect(
        store()
          .groups.list({ platform: 'discord' })
          .map((g) => g.id),
      ).toEqual([c.id]);
    });

    it('hands out copies: changing a returned record does not change the store', () => {
      const g = makeGroup(store(), { lessonExceptionUntil: at(DAY) });
      g.lessonExceptionUntil?.setTime(0);
      (g.allowList as string[]).push('tampered');
      expect(store().groups.get(g.id)?.lessonExceptionUntil).toEqual(at(DAY));
      expect(store().groups.get(g.id)?.allowList).toEqual([]);
    });

    it('records who created a group in the audit log', () => {
      const g = store().groups.create(newGroup(), 'cli:beheer');
      expect(store().audit.list({ groupId: g.id })).toMatchObject([
        { action: 'group.created', actor: 'cli:beheer' },
      ]);
    });
  });
}

import { describe, expect, it } from 'vitest';
import {
  anna,
  at,
  bram,
  DAY,
  MINUTE,
  makeGroup,
  newIncident,
  type StoreUnderTest,
  T0,
  TEACHER,
} from './fixtures.js';

export function privacyContract(store: StoreUnderTest): void {
  describe('retention', () => {
    it("deletes what is older than each group's retention days and audits the counts", () => {
      const short = makeGroup(store(), { retentionDays: 30 });
      const long = makeGroup(store(), { chatId: '-2', retentionDays: 180 });
      const now = at(100 * DAY);
      const age = (days: number) => new Date(now.getTime() - days * DAY);
      const rec = (g: typeof short, days: number) =>
        store().incidents.record(newIncident(g, { createdAt: age(days) })).incident.id;
      rec(short, 31);
      const atCutoff = rec(short, 30);
      const young = rec(short, 5);
      const oldButLong = rec(long, 31);
      store().reminders.record({ groupId: short.id, key: 'profanity', sentAt: age(40) });
      store().reminders.record({ groupId: short.id, key: 'lesson_time', sentAt: age(1) });
      store().linkCodes.create({
        groupId: short.id,
        code: 'OLD-CODE-1',
        purpose: 'supervisor',
        createdBy: TEACHER,
        createdAt: age(60),
        expiresAt: age(59),
      });
      store().linkCodes.create({
        groupId: short.id,
        code: 'FRESH-CODE-1',
        purpose: 'supervisor',
        createdBy: TEACHER,
        createdAt: age(0),
        expiresAt: new Date(now.getTime() + 15 * MINUTE),
      });
      store().members.seen({
        groupId: short.id,
        pseudonym: anna,
        displayName: 'Anna',
        role: 'parent',
        at: age(45),
      });
      store().members.seen({
        groupId: short.id,
        pseudonym: bram,
        displayName: 'Bram',
        role: 'parent',
        at: age(2),
      });

      const counts = store().purgeExpired(now);
      expect(counts).toEqual({ incidents: 1, reminders: 1, linkCodes: 1, members: 1, outbox: 0 });
      expect(
        store()
          .incidents.list()
          .map((i) => i.id)
          .sort(),
      ).toEqual([atCutoff, young, oldButLong].sort());
      expect(store().reminders.last({ groupId: short.id, key: 'profanity' })).toBeUndefined();
      expect(store().reminders.last({ groupId: short.id, key: 'lesson_time' })).toEqual(age(1));
      expect(store().linkCodes.consume('OLD-CODE-1', 'sup', now)).toEqual({ ok: false, reason: 'unknown' });
      expect(store().linkCodes.consume('FRESH-CODE-1', 'sup', now).ok).toBe(true);
      expect(
        store()
          .members.list(short.id)
          .map((m) => m.displayName),
      ).toEqual(['Bram']);
      const [entry] = store().audit.list({ action: 'retention.purged' });
      expect(entry).toMatchObject({ actor: 'system', at: now, details: counts });
    });

    it('audits a purge that found nothing, as evidence that it ran', () => {
      makeGroup(store());
      expect(store().purgeExpired(T0)).toEqual({
        incidents: 0,
        reminders: 0,
        linkCodes: 0,
        members: 0,
        outbox: 0,
      });
      expect(store().audit.list({ action: 'retention.purged' })).toHaveLength(1);
    });
  });

  describe('export and erasure of one member', () => {
    const setUp = () => {
      const g = makeGroup(store());
      const other = makeGroup(store(), { chatId: '-2' });
      store().members.seen({
        groupId: g.id,
        pseudonym: anna,
        displayName: 'Anna de Vries',
        role: 'parent',
        at: T0,
      });
      store().members.seen({ groupId: g.id, pseudonym: bram, displayName: 'Bram', role: 'parent', at: T0 });
      store().members.seen({
        groupId: other.id,
        pseudonym: anna,
        displayName: 'Anna',
        role: 'parent',
        at: T0,
      });
      const mine = store().incidents.record(newIncident(g, { createdAt: at(MINUTE) })).incident;
      const bramsOwn = store().incidents.record(
        newIncident(g, { author: { pseudonym: bram, name: 'Bram' } }),
      ).incident;
      const elsewhere = store().incidents.record(newIncident(other)).incident;
      store().consent.grant(
        { groupId: g.id, member: anna, kind: 'photo', givenBy: 'Anna', givenAt: T0 },
        TEACHER,
        at(DAY),
      );
      store().consent.grant(
        { groupId: g.id, member: bram, kind: 'photo', givenBy: 'Bram', givenAt: T0 },
        TEACHER,
        at(DAY),
      );
      store().contacts.add({
        groupId: g.id,
        name: 'anna de  vries',
        email: 'anna@example.nl',
        addedBy: TEACHER,
        addedAt: T0,
      });
      store().contacts.add({
        groupId: g.id,
        name: 'Opa Anna',
        email: 'opa@example.nl',
        addedBy: TEACHER,
        addedAt: T0,
      });
      store().reminders.record({ groupId: g.id, key: 'profanity', member: anna, sentAt: at(2 * MINUTE) });
      store().reminders.record({ groupId: g.id, key: 'profanity', sentAt: at(3 * MINUTE) });
      return { g, other, mine, bramsOwn, elsewhere };
    };

    it('exports everything stored about the member in this group, and audits it', () => {
      const { g, mine } = setUp();
      const out = store().exportMember(
        { groupId: g.id, member: anna, names: ['Opa Anna'] },
        TEACHER,
        at(DAY),
      );
      expect(out.profile?.displayName).toBe('Anna de Vries');
      expect(out.incidents).toEqual([mine]);
      expect(out.consent.map((c) => [c.member, c.kind])).toEqual([[anna, 'photo']]);
      expect(out.contacts.map((c) => c.email).sort()).toEqual(['anna@example.nl', 'opa@example.nl']);
      expect(out.reminders).toEqual([
        { groupId: g.id, key: 'profanity', member: anna, sentAt: at(2 * MINUTE) },
      ]);
      expect(out.exportedAt).toEqual(at(DAY));
      const [entry] = store().audit.list({ action: 'member.exported' });
      expect(entry?.details).toEqual({ member: anna, incidents: 1, consent: 1, contacts: 2, reminders: 1 });
    });

    it('matches contacts by the stored display name when no names are given', () => {
      const { g } = setUp();
      const out = store().exportMember({ groupId: g.id, member: anna }, TEACHER, at(DAY));
      expect(out.contacts.map((c) => c.email)).toEqual(['anna@example.nl']);
    });

    it("forgets the member, their incidents as author, consent and reminders, and nobody else's", () => {
      const { g, other, bramsOwn, elsewhere } = setUp();
      const counts = store().forgetMember(g.id, anna, TEACHER, at(DAY));
      expect(counts).toEqual({ members: 1, incidents: 1, consent: 1, reminders: 1, outbox: 0 });
      expect(store().members.get(g.id, anna)).toBeUndefined();
      expect(store().incidents.list({ groupId: g.id })).toEqual([bramsOwn]);
      expect(
        store()
          .consent.list(g.id)
          .map((c) => c.member),
      ).toEqual([bram]);
      expect(store().reminders.last({ groupId: g.id, key: 'profanity', member: anna })).toBeUndefined();
      expect(store().reminders.last({ groupId: g.id, key: 'profanity' })).toEqual(at(3 * MINUTE));
      // The same person in another group is another membership, erased on its own request.
      expect(store().members.get(other.id, anna)).toBeDefined();
      expect(store().incidents.get(elsewhere.id)).toBeDefined();
      const after = store().exportMember({ groupId: g.id, member: anna, names: ['x'] }, TEACHER, at(2 * DAY));
      expect(after.profile).toBeUndefined();
      expect([after.incidents, after.consent, after.reminders]).toEqual([[], [], []]);
    });

    it('never hands an erased incident id to a new incident (an old alert button must not reach it)', () => {
      const g = makeGroup(store());
      const erased = store().incidents.record(newIncident(g)).incident.id;
      store().forgetMember(g.id, anna, TEACHER, at(DAY));
      const next = store().incidents.record(newIncident(g, { author: { pseudonym: bram, name: 'Bram' } }))
        .incident.id;
      expect(next).toBeGreaterThan(erased);
      expect(store().incidents.get(erased)).toBeUndefined();
    });

    it('audits an erasure with the pseudonym and counts only', () => {
      const { g } = setUp();
      store().forgetMember(g.id, anna, TEACHER, at(DAY));
      const [entry] = store().audit.list({ action: 'member.forgotten' });
      expect(entry).toMatchObject({ actor: TEACHER, groupId: g.id, at: at(DAY) });
      expect(entry?.details).toEqual({
        member: anna,
        members: 1,
        incidents: 1,
        consent: 1,
        reminders: 1,
        outbox: 0,
      });
      expect(JSON.stringify(store().audit.list())).not.toMatch(/Anna|anna@/);
    });
  });
}

import { describe, expect, it } from 'vitest';
import { at, DAY, expectStoreError, makeGroup, type StoreUnderTest, T0, TEACHER } from './fixtures.js';

export function contactsContract(store: StoreUnderTest): void {
  describe('e-mail contacts (B1)', () => {
    const add = (groupId: number, name: string, email: string) =>
      store().contacts.add({ groupId, name, email, addedBy: TEACHER, addedAt: T0 });

    it('adds a contact with a normalised address and lists the group by name', () => {
      const g = makeGroup(store());
      const { contact, created } = add(g.id, 'Opa Jansen', '  Opa.Jansen@Example.NL ');
      expect(created).toBe(true);
      expect(contact).toEqual({
        id: contact.id,
        groupId: g.id,
        name: 'Opa Jansen',
        email: 'opa.jansen@example.nl',
        addedBy: TEACHER,
        addedAt: T0,
      });
      add(g.id, 'Moeder Bakker', 'bakker@example.nl');
      expect(
        store()
          .contacts.list(g.id)
          .map((c) => c.name),
      ).toEqual(['Moeder Bakker', 'Opa Jansen']);
    });

    it('returns the existing contact for an address the group already has', () => {
      const g = makeGroup(store());
      const first = add(g.id, 'Opa Jansen', 'opa@example.nl').contact;
      const again = add(g.id, 'Opa', 'OPA@example.nl');
      expect(again).toEqual({ contact: first, created: false });
      expect(store().contacts.list(g.id)).toHaveLength(1);
      const other = makeGroup(store(), { chatId: '-2' });
      expect(add(other.id, 'Opa Jansen', 'opa@example.nl').created).toBe(true);
    });

    it('removes a contact only within its group, audited without name or address', () => {
      const g = makeGroup(store());
      const other = makeGroup(store(), { chatId: '-2' });
      const { contact } = add(g.id, 'Opa Jansen', 'opa@example.nl');
      expect(store().contacts.remove(other.id, contact.id, TEACHER, at(DAY))).toBe(false);
      expect(store().contacts.remove(g.id, contact.id, TEACHER, at(DAY))).toBe(true);
      expect(store().contacts.remove(g.id, contact.id, TEACHER, at(DAY))).toBe(false);
      expect(store().contacts.list(g.id)).toEqual([]);
      const entries = store().audit.list({ groupId: g.id });
      expect(entries.map((e) => e.action)).toEqual(['contact.removed', 'contact.added', 'group.created']);
      expect(JSON.stringify(entries)).not.toMatch(/opa|jansen/i);
    });

    it('refuses an invalid address and an unknown group', () => {
      const g = makeGroup(store());
      expectStoreError(() => add(g.id, 'Opa', 'not-an-address'), 'constraint');
      expectStoreError(() => add(g.id + 9, 'Opa', 'opa@example.nl'), 'constraint');
    });
  });
}

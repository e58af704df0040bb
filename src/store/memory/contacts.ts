import type { AuditRepo } from '../audit.js';
import { type ContactRepo, type EmailContact, newContactSchema, removeContactArgs } from '../contacts.js';
import { parseInput } from '../validate.js';
import { copy, type MemoryState, nextId, orderBy, requireGroup } from './state.js';

export function createMemoryContacts(s: MemoryState, audit: AuditRepo): ContactRepo {
  return {
    add(contact) {
      const c = parseInput(newContactSchema, contact, 'contacts.add');
      requireGroup(s, c.groupId, 'contacts.add');
      const existing = [...s.contacts.values()].find((x) => x.groupId === c.groupId && x.email === c.email);
      if (existing) return { contact: copy(existing), created: false };
      const stored: EmailContact = { id: nextId(s, 'contacts'), ...c };
      s.contacts.set(stored.id, copy(stored));
      audit.record({
        at: c.addedAt,
        actor: c.addedBy,
        action: 'contact.added',
        groupId: c.groupId,
        details: { contact: stored.id },
      });
      return { contact: copy(stored), created: true };
    },
    remove(...args) {
      const [groupId, id, by, now] = parseInput(removeContactArgs, args, 'contacts.remove');
      if (s.contacts.get(id)?.groupId !== groupId) return false;
      s.contacts.delete(id);
      audit.record({ at: now, actor: by, action: 'contact.removed', groupId, details: { contact: id } });
      return true;
    },
    list(groupId) {
      return [...s.contacts.values()]
        .filter((c) => c.groupId === groupId)
        .sort(orderBy((c) => [c.name, c.id]))
        .map(copy);
    },
  };
}

import { type AuditEntry, type AuditRepo, auditFilterSchema, newAuditSchema } from '../audit.js';
import { parseInput } from '../validate.js';
import { copy, type MemoryState, nextId, orderBy } from './state.js';

export function createMemoryAudit(s: MemoryState): AuditRepo {
  return {
    record(entry) {
      const e = parseInput(newAuditSchema, entry, 'audit.record');
      const stored: AuditEntry = {
        id: nextId(s, 'audit'),
        at: e.at,
        actor: e.actor,
        action: e.action,
        ...(e.groupId !== undefined ? { groupId: e.groupId } : {}),
        details: e.details,
      };
      s.audit.set(stored.id, copy(stored));
      return copy(stored);
    },
    list(filter = {}) {
      const f = parseInput(auditFilterSchema, filter, 'audit.list');
      const rows = [...s.audit.values()]
        .filter((a) => f.groupId === undefined || a.groupId === f.groupId)
        .filter((a) => f.action === undefined || a.action === f.action)
        .filter((a) => f.since === undefined || a.at >= f.since)
        .sort(orderBy((a) => [-a.at.getTime(), -a.id]));
      return rows.slice(0, f.limit ?? rows.length).map(copy);
    },
  };
}

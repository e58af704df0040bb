import {
  applyFailure,
  newOutboxSchema,
  type OutboxEntry,
  type OutboxRepo,
  outboxFailedArgs,
  outboxFilterSchema,
} from '../outbox.js';
import { parseInput } from '../validate.js';
import { copy, type MemoryState, nextId, orderBy, requireGroup } from './state.js';

export function createMemoryOutbox(s: MemoryState): OutboxRepo {
  return {
    enqueue(entry) {
      const e = parseInput(newOutboxSchema, entry, 'outbox.enqueue');
      requireGroup(s, e.groupId, 'outbox.enqueue');
      const existing = [...s.outbox.values()].find((x) => x.key === e.key);
      if (existing) return { entry: copy(existing), created: false };
      const { incidentId, ...rest } = e;
      const stored: OutboxEntry = {
        ...rest,
        ...(incidentId !== undefined ? { incidentId } : {}),
        id: nextId(s, 'outbox'),
        attempts: 0,
        nextAttemptAt: e.createdAt,
      };
      s.outbox.set(stored.id, copy(stored));
      return { entry: copy(stored), created: true };
    },
    list(filter = {}) {
      const f = parseInput(outboxFilterSchema, filter, 'outbox.list');
      return [...s.outbox.values()]
        .filter(
          (e) =>
            (f.groupId === undefined || e.groupId === f.groupId) &&
            (f.recipient === undefined || e.recipient === f.recipient) &&
            (f.dueBy === undefined || e.nextAttemptAt.getTime() <= f.dueBy.getTime()),
        )
        .sort(orderBy((e) => [e.createdAt.getTime(), e.id]))
        .slice(0, f.limit ?? Number.MAX_SAFE_INTEGER)
        .map(copy);
    },
    delivered(id) {
      return s.outbox.delete(id);
    },
    failed(...args) {
      const [id, failure] = parseInput(outboxFailedArgs, args, 'outbox.failed');
      const current = s.outbox.get(id);
      if (!current) return undefined;
      const next = applyFailure(current, failure);
      s.outbox.set(id, copy(next));
      return copy(next);
    },
  };
}

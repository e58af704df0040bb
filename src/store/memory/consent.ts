import type { AuditRepo } from '../audit.js';
import {
  type ConsentEntry,
  type ConsentRepo,
  consentCovers,
  consentCoversArgs,
  consentGrantArgs,
  consentRevokeArgs,
} from '../consent.js';
import { parseInput } from '../validate.js';
import { copy, type MemoryState, orderBy, requireGroup } from './state.js';

const key = (groupId: number, member: string, kind: string) => `${groupId} ${member} ${kind}`;

export function createMemoryConsent(s: MemoryState, audit: AuditRepo): ConsentRepo {
  return {
    grant(...args) {
      const [c, actor, now] = parseInput(consentGrantArgs, args, 'consent.grant');
      requireGroup(s, c.groupId, 'consent.grant');
      const { until, ...rest } = c;
      const entry: ConsentEntry = { ...rest, ...(until ? { until } : {}) };
      s.consent.set(key(c.groupId, c.member, c.kind), copy(entry));
      audit.record({
        at: now,
        actor,
        action: 'consent.granted',
        groupId: c.groupId,
        details: { member: c.member, kind: c.kind, until: c.until?.toISOString() ?? null },
      });
      return copy(entry);
    },
    revoke(...args) {
      const [groupId, member, kind, by, now] = parseInput(consentRevokeArgs, args, 'consent.revoke');
      if (!s.consent.delete(key(groupId, member, kind))) return false;
      audit.record({ at: now, actor: by, action: 'consent.revoked', groupId, details: { member, kind } });
      return true;
    },
    list(groupId, member) {
      return [...s.consent.values()]
        .filter((c) => c.groupId === groupId && (member === undefined || c.member === member))
        .sort(orderBy((c) => [c.member, c.kind]))
        .map(copy);
    },
    covers(...args) {
      const [groupId, member, kind, at] = parseInput(consentCoversArgs, args, 'consent.covers');
      return consentCovers(s.consent.get(key(groupId, member, kind)), at);
    },
  };
}

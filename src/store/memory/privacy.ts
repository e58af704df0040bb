import type { AuditRepo } from '../audit.js';
import type { ConsentRepo } from '../consent.js';
import type { ContactRepo } from '../contacts.js';
import type { MemberRepo } from '../members.js';
import {
  exportArgs,
  exportAuditEntry,
  type ForgetCounts,
  forgetArgs,
  forgetAuditEntry,
  type MemberExport,
  type PurgeCounts,
  retentionCutoff,
  type Store,
  sameName,
} from '../store.js';
import { dateSchema, parseInput } from '../validate.js';
import { copy, type MemoryState, memberKey, orderBy } from './state.js';

interface Deps {
  readonly members: MemberRepo;
  readonly consent: ConsentRepo;
  readonly contacts: ContactRepo;
  readonly audit: AuditRepo;
}

/** Deletes the entries `expired` picks; returns how many. */
function deleteWhere<K, V>(map: Map<K, V>, expired: (v: V) => boolean): number {
  let n = 0;
  for (const [k, v] of map) {
    if (expired(v)) {
      map.delete(k);
      n += 1;
    }
  }
  return n;
}

export function createMemoryPrivacy(
  s: MemoryState,
  deps: Deps,
): Pick<Store, 'purgeExpired' | 'exportMember' | 'forgetMember'> {
  return {
    purgeExpired(now) {
      const at = parseInput(dateSchema, now, 'store.purgeExpired');
      const cutoff = (groupId: number) => {
        const g = s.groups.get(groupId);
        return g ? retentionCutoff(at, g.retentionDays) : Number.NEGATIVE_INFINITY;
      };
      const counts: PurgeCounts = {
        incidents: deleteWhere(s.incidents, (i) => i.createdAt.getTime() < cutoff(i.groupId)),
        reminders: deleteWhere(s.reminders, (r) => r.sentAt.getTime() < cutoff(r.groupId)),
        linkCodes: deleteWhere(
          s.linkCodes,
          (c) =>
            c.expiresAt.getTime() < cutoff(c.groupId) ||
            (c.consumedAt?.getTime() ?? Infinity) < cutoff(c.groupId),
        ),
        members: deleteWhere(s.members, (m) => m.lastSeen.getTime() < cutoff(m.groupId)),
        outbox: deleteWhere(s.outbox, (o) => o.createdAt.getTime() < cutoff(o.groupId)),
      };
      deps.audit.record({ at, actor: 'system', action: 'retention.purged', details: { ...counts } });
      return counts;
    },
    exportMember(...args) {
      const [q, by, now] = parseInput(exportArgs, args, 'store.exportMember');
      const profile = deps.members.get(q.groupId, q.member);
      const names = profile ? [profile.displayName, ...q.names] : q.names;
      const result: MemberExport = {
        groupId: q.groupId,
        member: q.member,
        exportedAt: now,
        ...(profile ? { profile } : {}),
        incidents: [...s.incidents.values()]
          .filter((i) => i.groupId === q.groupId && i.author?.pseudonym === q.member)
          .sort(orderBy((i) => [i.createdAt.getTime(), i.id]))
          .map(copy),
        consent: deps.consent.list(q.groupId, q.member),
        contacts: deps.contacts.list(q.groupId).filter((c) => names.some((n) => sameName(n, c.name))),
        reminders: [...s.reminders.entries()]
          .filter(([, r]) => r.groupId === q.groupId && r.member === q.member)
          .sort(orderBy(([id, r]) => [r.sentAt.getTime(), id]))
          .map(([, r]) => copy(r)),
      };
      deps.audit.record(exportAuditEntry(result, by, now));
      return result;
    },
    forgetMember(...args) {
      const [groupId, member, by, now] = parseInput(forgetArgs, args, 'store.forgetMember');
      const theirs = new Set(
        [...s.incidents.values()]
          .filter((i) => i.groupId === groupId && i.author?.pseudonym === member)
          .map((i) => i.id),
      );
      const outbox = deleteWhere(s.outbox, (o) => o.incidentId !== undefined && theirs.has(o.incidentId));
      const counts: ForgetCounts = {
        members: s.members.delete(memberKey(groupId, member)) ? 1 : 0,
        incidents: deleteWhere(s.incidents, (i) => i.groupId === groupId && i.author?.pseudonym === member),
        consent: deleteWhere(s.consent, (c) => c.groupId === groupId && c.member === member),
        reminders: deleteWhere(s.reminders, (r) => r.groupId === groupId && r.member === member),
        outbox,
      };
      deps.audit.record(forgetAuditEntry(groupId, member, counts, by, now));
      return counts;
    },
  };
}

import type { AuditRepo } from '../audit.js';
import { type Member, type MemberRepo, memberSeenSchema, mergeSighting, setRoleArgs } from '../members.js';
import { idSchema, parseInput } from '../validate.js';
import { copy, type MemoryState, memberKey, orderBy, requireGroup } from './state.js';

export function createMemoryMembers(s: MemoryState, audit: AuditRepo): MemberRepo {
  const put = (m: Member) => {
    s.members.set(memberKey(m.groupId, m.pseudonym), copy(m));
    return copy(m);
  };
  return {
    seen(sighting) {
      const v = parseInput(memberSeenSchema, sighting, 'members.seen');
      requireGroup(s, v.groupId, 'members.seen');
      return put(mergeSighting(s.members.get(memberKey(v.groupId, v.pseudonym)), v));
    },
    get(groupId, pseudonym) {
      const m = s.members.get(memberKey(groupId, pseudonym));
      return m && copy(m);
    },
    list(groupId) {
      const g = parseInput(idSchema, groupId, 'members.list');
      return [...s.members.values()]
        .filter((m) => m.groupId === g)
        .sort(orderBy((m) => [m.displayName, m.pseudonym]))
        .map(copy);
    },
    setRole(...args) {
      const [groupId, pseudonym, role, by, now] = parseInput(setRoleArgs, args, 'members.setRole');
      const current = s.members.get(memberKey(groupId, pseudonym));
      if (!current) return undefined;
      audit.record({
        at: now,
        actor: by,
        action: 'member.role_changed',
        groupId,
        details: { member: pseudonym, from: current.role, to: role },
      });
      return put({ ...current, role });
    },
  };
}

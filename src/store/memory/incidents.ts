import type { AuditRepo } from '../audit.js';
import { planStatusChange } from '../incident-status.js';
import {
  asList,
  type Incident,
  type IncidentRepo,
  incidentFilterSchema,
  isRaisedBy,
  markForwardedArgs,
  newIncidentSchema,
  recentFilterSchema,
  setStatusArgs,
  summarise,
  type TimeWindow,
  windowSchema,
} from '../incidents.js';
import { idSchema, parseInput, pseudonymSchema } from '../validate.js';
import { copy, type MemoryState, nextId, orderBy, requireGroup } from './state.js';

const oldestFirst = orderBy<Incident>((i) => [i.createdAt.getTime(), i.id]);
const newestFirst = orderBy<Incident>((i) => [-i.createdAt.getTime(), -i.id]);

export function createMemoryIncidents(s: MemoryState, audit: AuditRepo): IncidentRepo {
  const put = (i: Incident) => {
    s.incidents.set(i.id, copy(i));
    return copy(i);
  };
  const inWindow = (i: Incident, w: TimeWindow) =>
    i.createdAt >= w.since && (!w.until || i.createdAt < w.until);

  return {
    record(incident) {
      const v = parseInput(newIncidentSchema, incident, 'incidents.record');
      requireGroup(s, v.groupId, 'incidents.record');
      const existing = [...s.incidents.values()].find(
        (i) =>
          i.groupId === v.groupId &&
          i.ref.chatId === v.ref.chatId &&
          i.ref.messageId === v.ref.messageId &&
          i.category === v.category,
      );
      if (existing && !isRaisedBy(existing, v))
        return { incident: copy(existing), created: false, raised: false };
      if (existing) {
        const { target, handledBy: _by, handledAt: _at, ...kept } = existing;
        const raised: Incident = {
          ...kept,
          severity: v.severity,
          rule: v.rule,
          ...(v.target ? { target: v.target } : {}),
          why: v.why,
          excerpt: v.excerpt,
          status: 'open',
        };
        return { incident: put(raised), created: false, raised: true };
      }
      const { kind, target, author, ...rest } = v;
      const stored: Incident = {
        ...rest,
        ...(kind ? { kind } : {}),
        ...(target ? { target } : {}),
        ...(author ? { author } : {}),
        id: nextId(s, 'incidents'),
        status: 'open',
        forwardedToSupervisor: false,
      };
      return { incident: put(stored), created: true, raised: false };
    },
    get(id) {
      const i = s.incidents.get(id);
      return i && copy(i);
    },
    forMember(groupId, author, window) {
      const g = parseInput(idSchema, groupId, 'incidents.forMember');
      const a = parseInput(pseudonymSchema, author, 'incidents.forMember');
      const w = parseInput(windowSchema, window, 'incidents.forMember');
      return [...s.incidents.values()]
        .filter((i) => i.groupId === g && i.author?.pseudonym === a && inWindow(i, w))
        .sort(oldestFirst)
        .map(copy);
    },
    forGroup(groupId, window) {
      const g = parseInput(idSchema, groupId, 'incidents.forGroup');
      const w = parseInput(windowSchema, window, 'incidents.forGroup');
      return [...s.incidents.values()]
        .filter((i) => i.groupId === g && inWindow(i, w))
        .sort(oldestFirst)
        .map(copy);
    },
    list(filter = {}) {
      const f = parseInput(incidentFilterSchema, filter, 'incidents.list');
      const statuses = asList(f.status);
      const categories = asList(f.category);
      const rows = [...s.incidents.values()]
        .filter((i) => f.groupId === undefined || i.groupId === f.groupId)
        .filter((i) => statuses === undefined || statuses.includes(i.status))
        .filter((i) => categories === undefined || categories.includes(i.category))
        .filter((i) => f.author === undefined || i.author?.pseudonym === f.author)
        .filter((i) => f.since === undefined || i.createdAt >= f.since)
        .filter((i) => f.until === undefined || i.createdAt < f.until)
        .sort(newestFirst);
      return rows.slice(0, f.limit ?? rows.length).map(copy);
    },
    recent(filter) {
      const f = parseInput(recentFilterSchema, filter, 'incidents.recent');
      return [...s.incidents.values()]
        .filter((i) => i.groupId === f.groupId && i.createdAt >= f.since)
        .filter((i) => f.author === undefined || i.author?.pseudonym === f.author)
        .sort(newestFirst)
        .slice(0, f.limit)
        .map(summarise);
    },
    setStatus(...args) {
      const [id, status, by, now] = parseInput(setStatusArgs, args, 'incidents.setStatus');
      const current = s.incidents.get(id);
      const plan = planStatusChange(current && copy(current), status, by, now);
      if (!current || !plan.ok || !plan.changed) return plan;
      put(plan.incident);
      audit.record({
        at: now,
        actor: by,
        action: 'incident.status_changed',
        groupId: current.groupId,
        details: { incident: id, from: current.status, to: status },
      });
      return plan;
    },
    markForwarded(...args) {
      const [id, by, now] = parseInput(markForwardedArgs, args, 'incidents.markForwarded');
      const current = s.incidents.get(id);
      if (!current || current.forwardedToSupervisor) return current && copy(current);
      audit.record({
        at: now,
        actor: by,
        action: 'incident.forwarded',
        groupId: current.groupId,
        details: { incident: id },
      });
      return put({ ...current, forwardedToSupervisor: true });
    },
  };
}

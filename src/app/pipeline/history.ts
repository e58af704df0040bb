import type { Category } from '../../core/categories.js';
import type { MessageRef } from '../../core/message.js';
import type { PastIncident, PolicyHistory, PolicySettings, ReminderTopic } from '../../core/policy/index.js';
import type { Incident } from '../../store/incidents.js';
import type { Pseudonym } from '../../store/pseudonym.js';
import type { Store } from '../../store/store.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * Reads what the policy needs to know about the past: the author's breaches within
 * the strike window, the group's flagged messages within the derailing window, and
 * when reminders went out. This message's own incidents (a redelivery, an edit) are
 * left out, so judging it again never counts it as its own earlier strike.
 */
export function readHistory(
  store: Store,
  q: {
    readonly groupId: number;
    readonly author: Pseudonym;
    readonly ref: MessageRef;
    readonly now: Date;
    readonly topics: readonly ReminderTopic[];
    readonly settings: PolicySettings;
  },
): PolicyHistory {
  const { strikes, derailing } = q.settings;
  const notThis = (i: Incident) => !(i.ref.chatId === q.ref.chatId && i.ref.messageId === q.ref.messageId);
  const member = store.incidents
    .forMember(q.groupId, q.author, { since: new Date(q.now.getTime() - strikes.windowDays * DAY_MS) })
    .filter(notThis)
    .map(toPast);
  const groupSince = Math.max(derailing.windowMinutes, derailing.cooldownMinutes) * MINUTE_MS;
  const group = store.incidents
    .forGroup(q.groupId, { since: new Date(q.now.getTime() - groupSince) })
    .filter(notThis)
    .map(toPast);
  const lastGroupReminder: Partial<Record<Category, Date>> = {};
  const lastMemberReminder: Partial<Record<Category, Date>> = {};
  for (const topic of new Set(q.topics)) {
    const g = store.reminders.last({ groupId: q.groupId, key: topic });
    if (g) lastGroupReminder[topic] = g;
    const m = store.reminders.last({ groupId: q.groupId, key: topic, member: q.author });
    if (m) lastMemberReminder[topic] = m;
  }
  return { member, group, lastGroupReminder, lastMemberReminder };
}

export function toPast(i: Incident): PastIncident {
  return {
    category: i.category,
    severity: i.severity,
    createdAt: i.createdAt,
    status: i.status,
    messageId: `${i.ref.chatId}/${i.ref.messageId}`,
    ...(i.author ? { author: i.author.pseudonym } : {}),
  };
}

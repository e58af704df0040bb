import type { Category } from '../../core/categories.js';
import type { MessageRef } from '../../core/message.js';
import type { PastIncident, PolicyHistory, PolicySettings, ReminderTopic } from '../../core/policy/index.js';
import type { IncidentSummary } from '../../store/incidents.js';
import type { Pseudonym } from '../../store/pseudonym.js';
import type { Store } from '../../store/store.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/**
 * The rate-limit record written when derailing (B3) is raised: its cooldown is then one
 * indexed lookup instead of a scan through the incidents of a heated half hour.
 */
export const DERAILING_RAISED = 'derailing:raised';
/** How many of the author's recent incidents a judgement reads for strikes. */
const HISTORY_LIMIT = 50;
/** How many of the group's recent incidents it reads for derailing (thresholds are a handful). */
const GROUP_LIMIT = 20;

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
  const notThis = (i: IncidentSummary) =>
    !(i.ref.chatId === q.ref.chatId && i.ref.messageId === q.ref.messageId);
  const ago = (ms: number) => new Date(q.now.getTime() - ms);
  // Newest first and bounded: fifty recent breaches put the strike weight far beyond
  // every threshold, and a derailing check needs a handful of messages, so a storm of
  // flagged messages never makes each judgement read the whole storm.
  const member = store.incidents
    .recent({
      groupId: q.groupId,
      author: q.author,
      since: ago(strikes.windowDays * DAY_MS),
      limit: HISTORY_LIMIT,
    })
    .filter(notThis)
    .map(toPast);
  const group = store.incidents
    .recent({ groupId: q.groupId, since: ago(derailing.windowMinutes * MINUTE_MS), limit: GROUP_LIMIT })
    .filter(notThis)
    .map(toPast);
  // Every topic's latest reminder to the group and to the author, and the derailing
  // record, in one read instead of two per topic and one more.
  const topics = [...new Set(q.topics)];
  const latest = store.reminders.latest({
    groupId: q.groupId,
    keys: [...topics, DERAILING_RAISED],
    member: q.author,
  });
  const lastGroupReminder: Partial<Record<Category, Date>> = {};
  const lastMemberReminder: Partial<Record<Category, Date>> = {};
  for (const topic of topics) {
    const g = latest.group.get(topic);
    if (g) lastGroupReminder[topic] = g;
    const m = latest.member.get(topic);
    if (m) lastMemberReminder[topic] = m;
  }
  const lastDerailing = latest.group.get(DERAILING_RAISED);
  return {
    member,
    group,
    lastGroupReminder,
    lastMemberReminder,
    ...(lastDerailing ? { lastDerailing } : {}),
  };
}

export function toPast(i: IncidentSummary): PastIncident {
  return {
    category: i.category,
    severity: i.severity,
    createdAt: i.createdAt,
    status: i.status,
    messageId: `${i.ref.chatId}/${i.ref.messageId}`,
    ...(i.author ? { author: i.author.pseudonym } : {}),
    ...(i.target ? { target: i.target } : {}),
  };
}

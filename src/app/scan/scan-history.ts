import type { Category } from '../../core/categories.js';
import type { Decision, PastIncident, PolicyHistory, PolicySettings } from '../../core/policy/index.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * The history the live bot reads from its store, kept in memory for one scan: each
 * member's recent breaches (strikes that decay), the group's last minutes (B3
 * derailing) and when reminders went out (cooldowns). Old entries are dropped as the
 * export moves on, so memory follows the windows, not the file.
 */
export class ScanHistory {
  private readonly members = new Map<string, PastIncident[]>();
  private group: PastIncident[] = [];
  private readonly groupReminders: Partial<Record<Category, Date>> = {};
  private readonly memberReminders = new Map<string, Partial<Record<Category, Date>>>();

  constructor(private readonly settings: PolicySettings) {}

  /** What the policy may know before judging `author`'s message at `now`. */
  before(author: string, now: Date): PolicyHistory {
    const strikeSince = now.getTime() - this.settings.strikes.windowDays * DAY_MS;
    const member = (this.members.get(author) ?? []).filter((p) => p.createdAt.getTime() >= strikeSince);
    this.members.set(author, member);
    const d = this.settings.derailing;
    const groupSince = now.getTime() - Math.max(d.windowMinutes, d.cooldownMinutes) * MINUTE_MS;
    this.group = this.group.filter((p) => p.createdAt.getTime() >= groupSince);
    return {
      member,
      group: this.group,
      lastGroupReminder: { ...this.groupReminders },
      lastMemberReminder: { ...this.memberReminders.get(author) },
    };
  }

  /** Remembers what the bot would have recorded and sent, as its store would. */
  after(author: string, messageId: string, now: Date, decision: Decision): void {
    for (const i of decision.incidents) {
      const past: PastIncident = {
        category: i.category,
        severity: i.severity,
        createdAt: now,
        status: 'open',
        messageId,
        ...(i.withAuthor ? { author } : {}),
        ...(i.target ? { target: i.target } : {}),
      };
      this.group.push(past);
      if (i.withAuthor) this.members.get(author)?.push(past) ?? this.members.set(author, [past]);
    }
    for (const a of decision.actions) {
      if (a.kind === 'remind_group') this.groupReminders[a.topic] = now;
      if (a.kind === 'remind_member' || a.kind === 'offer_support') {
        const topic = a.kind === 'remind_member' ? a.topic : a.incident;
        this.memberReminders.set(author, { ...this.memberReminders.get(author), [topic]: now });
      }
    }
  }
}

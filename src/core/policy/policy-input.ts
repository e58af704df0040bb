import type { Category, Severity, Target } from '../categories.js';
import type { Finding } from '../finding.js';
import type { MediaKind, MessageRef, Role } from '../message.js';
import type { PolicySettings } from './policy-settings.js';

/** A lesson block (A1): ISO weekday (1 = Monday), local `HH:MM` times, `to` exclusive. */
export interface LessonBlock {
  readonly weekday: number;
  readonly from: string;
  readonly to: string;
}

/** The group settings the policy needs (the store's Group, narrowed). */
export interface PolicyGroup {
  readonly type: 'parents' | 'pupils' | 'staff';
  readonly timeZone: string;
  readonly lessonHours: readonly LessonBlock[];
  /** A1: the teacher allowed activity during lessons until this time. */
  readonly lessonExceptionUntil?: Date;
  readonly hasTeacher: boolean;
  readonly hasSupervisor: boolean;
}

/** What the policy knows about the message itself (never its text: findings carry what matters). */
export interface PolicyMessage {
  readonly ref: MessageRef;
  readonly authorRole: Role;
  readonly sentAt: Date;
  readonly edited: boolean;
  readonly media?: { readonly kind: MediaKind; readonly count: number };
}

/** An incident already stored, as history: enough for strikes and derailing. */
export interface PastIncident {
  readonly category: Category;
  readonly severity: Severity;
  readonly createdAt: Date;
  readonly status: 'open' | 'seen' | 'resolved' | 'false_alarm';
  readonly messageId: string;
  /** An opaque key for the author (their pseudonym); absent for conversation events. */
  readonly author?: string;
  /** Whom it was aimed at, when the finding said so: B2 looks for talk about the school. */
  readonly target?: Target;
}

/** What reminders are about: a category, or the helplines (`self_harm`). */
export type ReminderTopic = Category;

export interface PolicyHistory {
  /** The author's incidents within the strike window, this message's own excluded. */
  readonly member: readonly PastIncident[];
  /** The group's incidents within the derailing window and cooldown, this message's own excluded. */
  readonly group: readonly PastIncident[];
  /** When the last reminder to the whole group went out, per topic. */
  readonly lastGroupReminder: Readonly<Partial<Record<ReminderTopic, Date>>>;
  /** When the last private reminder to this author went out, per topic. */
  readonly lastMemberReminder: Readonly<Partial<Record<ReminderTopic, Date>>>;
  /**
   * When derailing (B3) was last raised in this group, if the caller knows it apart from
   * `group` (the bot keeps it as a rate-limit record, so a storm of incidents need not be
   * read to find it). Derailing incidents in `group` count too.
   */
  readonly lastDerailing?: Date;
}

/** The platform's rights in this chat (ChatAdapter Capabilities, narrowed). */
export interface PolicyCapabilities {
  readonly canDelete: boolean;
  readonly canMute: boolean;
  readonly canSendPrivate: boolean;
  readonly deleteWindowMs?: number;
}

/**
 * Everything `decide` looks at. No clock: `now` is the moment of judging (the bot
 * passes its clock; a replay of an export passes each message's time), so the same
 * input always gives the same decision and a table test can state any time of day.
 * Lesson time (A1) and the delete window look at `message.sentAt`.
 */
export interface PolicyInput {
  readonly now: Date;
  readonly settings: PolicySettings;
  readonly group: PolicyGroup;
  readonly message: PolicyMessage;
  /** The author's opaque key (pseudonym): distinct authors for derailing. */
  readonly author: string;
  /** The standing findings of the core's verdict (vetoed ones are never acted on). */
  readonly findings: readonly Finding[];
  readonly history: PolicyHistory;
  readonly capabilities: PolicyCapabilities;
  /** Present when the message carries media that needs consent (A5): does the register cover the author? */
  readonly consent?: { readonly covered: boolean };
}

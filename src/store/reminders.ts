import { z } from 'zod';
import type { Pseudonym } from './pseudonym.js';
import { dateSchema, idSchema, pseudonymSchema, shortText } from './validate.js';

/**
 * A reminder the bot sent, kept only so it does not nag: the policy asks when the last
 * one for the same key went out before sending another.
 */
export interface ReminderRecord {
  readonly groupId: number;
  /** What it was about: a category, a template name (`weekly-tip`), ... */
  readonly key: string;
  /** Set for a private reminder to one member; absent for one to the whole group. */
  readonly member?: Pseudonym;
  readonly sentAt: Date;
}

export const reminderSchema = z.object({
  groupId: idSchema,
  key: shortText(100),
  member: pseudonymSchema.optional(),
  sentAt: dateSchema,
});
export type NewReminder = z.input<typeof reminderSchema>;

export const reminderQuerySchema = z.object({
  groupId: idSchema,
  key: shortText(100),
  member: pseudonymSchema.optional(),
});
export type ReminderQuery = z.input<typeof reminderQuerySchema>;

export const reminderLatestSchema = z.object({
  groupId: idSchema,
  keys: z.array(shortText(100)).max(100),
  member: pseudonymSchema.optional(),
});
export type ReminderLatestQuery = z.input<typeof reminderLatestSchema>;

/** The latest send time per key, to the whole group and to one member (see `ReminderRepo.latest`). */
export interface LatestReminders {
  readonly group: ReadonlyMap<string, Date>;
  readonly member: ReadonlyMap<string, Date>;
}

export const reminderCountArgs = z.tuple([idSchema, z.object({ since: dateSchema, until: dateSchema })]);

/**
 * Keys of notes the bot keeps for their rate limits that are not reminders of the norms
 * (the "please open a private chat" note, the welcome when members join): the digest's
 * count leaves them out.
 */
export const UNCOUNTED_KEY_PREFIXES = ['open_private_chat', 'welcome'] as const;

/** Whether a reminder record counts in the digest (see UNCOUNTED_KEY_PREFIXES). */
export function countsAsReminder(key: string): boolean {
  return !UNCOUNTED_KEY_PREFIXES.some((p) => key.startsWith(p));
}

/** How many reminders a digest reports, split by whom they went to. */
export interface ReminderCount {
  /** Reminders in the group itself (the norms, the weekly tip). */
  readonly group: number;
  /** Private reminders to members. */
  readonly members: number;
}

export interface ReminderRepo {
  record(reminder: NewReminder): void;
  /**
   * When the last reminder for `key` went out: to `member` when given, otherwise to the
   * whole group (private reminders do not hold back a group reminder, nor the reverse).
   */
  last(query: ReminderQuery): Date | undefined;
  /**
   * `last` for several keys at once, to the group and (with `member`) to that member: a
   * judgement asks about every topic of a message, so one read replaces a handful. Keys
   * never sent are absent; without `member`, `member` is empty.
   */
  latest(query: ReminderLatestQuery): LatestReminders;
  /** Reminders sent in `[since, until)`, for the teacher's digest; UNCOUNTED_KEY_PREFIXES left out. */
  count(groupId: number, window: { since: Date; until: Date }): ReminderCount;
}

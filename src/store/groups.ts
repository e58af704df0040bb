import { z } from 'zod';
import { LANGUAGES, type Language } from '../core/categories.js';
import { actorSchema, dateSchema, idSchema, shortText } from './validate.js';

/** Who is in the chat decides tone and rules (pupils get lesson-time reminders, staff B2). */
export const GROUP_TYPES = ['parents', 'pupils', 'staff'] as const;
export type GroupType = (typeof GROUP_TYPES)[number];

/** Incidents are evidence for a school year's worth of follow-up, not for ever. */
export const DEFAULT_RETENTION_DAYS = 180;
/** Lesson hours are local school times; the server may well run in UTC. */
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

/** A lesson block (protocol A1): ISO weekday (1 = Monday) and local `HH:MM` times, `to` exclusive. */
export interface LessonHours {
  readonly weekday: number;
  readonly from: string;
  readonly to: string;
}

/**
 * A teacher or supervisor. Their platform id is stored as-is, unlike members', because
 * the bot must be able to message them privately later (alerts, B3/B4).
 */
export interface StaffContact {
  readonly platformId: string;
  readonly name: string;
}

/** One class group chat and the settings its teacher gave it. */
export interface Group {
  readonly id: number;
  readonly platform: string;
  readonly chatId: string;
  readonly className: string;
  readonly school: string;
  readonly type: GroupType;
  readonly language: Language;
  readonly timeZone: string;
  readonly lessonHours: readonly LessonHours[];
  /** A teacher-granted exception to lesson hours (A1: "unless permitted") until this time. */
  readonly lessonExceptionUntil?: Date;
  /** Numbers and addresses the group publishes itself (the school's phone): never flagged. */
  readonly allowList: readonly string[];
  readonly retentionDays: number;
  readonly teacher?: StaffContact;
  readonly supervisor?: StaffContact;
  readonly active: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export const lessonHoursSchema = z
  .object({ weekday: z.int().min(1).max(7), from: z.string().regex(HHMM), to: z.string().regex(HHMM) })
  .refine((h) => h.from < h.to, { message: 'lesson block must end after it starts' });

export const allowListSchema = z.array(shortText(200)).max(200);

export const staffContactSchema = z.object({ platformId: shortText(100), name: shortText(100) });

const timeZoneSchema = z.string().refine(isTimeZone, { message: 'unknown IANA time zone' });

export const platformSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{0,31}$/, 'platform must be a lower-case word');
export const chatIdSchema = shortText(100);

export const newGroupSchema = z.object({
  platform: platformSchema,
  chatId: chatIdSchema,
  className: shortText(100),
  school: shortText(200),
  type: z.enum(GROUP_TYPES),
  language: z.enum(LANGUAGES),
  timeZone: timeZoneSchema.default(DEFAULT_TIME_ZONE),
  lessonHours: z.array(lessonHoursSchema).max(70).default([]),
  lessonExceptionUntil: dateSchema.optional(),
  allowList: allowListSchema.default([]),
  retentionDays: z.int().min(1).max(3650).default(DEFAULT_RETENTION_DAYS),
  teacher: staffContactSchema.optional(),
  supervisor: staffContactSchema.optional(),
  active: z.boolean().default(true),
  createdAt: dateSchema,
});
export type NewGroup = z.input<typeof newGroupSchema>;
/** A new group with every default filled in: what both implementations store. */
export type ValidGroup = z.output<typeof newGroupSchema>;

/** Settings a teacher can change; `null` clears an optional one. */
export const groupPatchSchema = z
  .object({
    className: shortText(100),
    school: shortText(200),
    type: z.enum(GROUP_TYPES),
    language: z.enum(LANGUAGES),
    timeZone: timeZoneSchema,
    lessonHours: z.array(lessonHoursSchema).max(70),
    lessonExceptionUntil: dateSchema.nullable(),
    allowList: allowListSchema,
    retentionDays: z.int().min(1).max(3650),
    teacher: staffContactSchema.nullable(),
    supervisor: staffContactSchema.nullable(),
    active: z.boolean(),
  })
  .partial();
export type GroupPatch = z.input<typeof groupPatchSchema>;

export const groupCreateArgs = z.tuple([newGroupSchema, actorSchema]);
export const groupUpdateArgs = z.tuple([idSchema, groupPatchSchema, actorSchema, dateSchema]);
export const groupMoveArgs = z.tuple([platformSchema, chatIdSchema, chatIdSchema, actorSchema, dateSchema]);

export interface GroupRepo {
  /** Registers a chat; a second group for the same `(platform, chatId)` is a `constraint` error. */
  create(group: NewGroup, by: string): Group;
  get(id: number): Group | undefined;
  /** How the pipeline finds a message's group. */
  findByChat(platform: string, chatId: string): Group | undefined;
  list(filter?: { readonly active?: boolean; readonly platform?: string }): Group[];
  /** Changes settings; audited with the names of the changed settings, not their values. */
  update(id: number, patch: GroupPatch, by: string, now: Date): Group | undefined;
  /**
   * A chat got a new id (Telegram upgrades a group to a supergroup): the group keeps its
   * settings, members and incidents. Undefined when no group has `fromChatId`.
   */
  moveChat(platform: string, fromChatId: string, toChatId: string, by: string, now: Date): Group | undefined;
}

/** Applies a validated patch; shared so both implementations change exactly the same fields. */
export function applyGroupPatch(group: Group, patch: z.output<typeof groupPatchSchema>, now: Date): Group {
  const next: Record<string, unknown> = { ...group, updatedAt: now };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next as unknown as Group;
}

/** Keys a patch really changes, for the audit entry. */
export function changedGroupKeys(patch: z.output<typeof groupPatchSchema>): string[] {
  return Object.entries(patch)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k)
    .sort();
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

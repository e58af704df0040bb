import { z } from 'zod';
import type { Category, PersonalDataKind, Severity, Target } from '../core/categories.js';
import { CATEGORIES, PERSONAL_DATA_KINDS, SEVERITIES, severityRank, TARGETS } from '../core/categories.js';
import type { MessageRef } from '../core/message.js';
import { INCIDENT_STATUSES, type IncidentStatus } from './incident-status.js';
import type { Pseudonym } from './pseudonym.js';
import { actorSchema, dateSchema, idSchema, pseudonymSchema, shortText } from './validate.js';

/** The author as they were when they posted: names change, the evidence should not. */
export interface IncidentAuthor {
  readonly pseudonym: Pseudonym;
  readonly name: string;
}

/**
 * One flagged message (or event), kept as evidence for the retention period. The
 * excerpt arrives already masked: the store never sees the text of a message.
 */
export interface Incident {
  readonly id: number;
  readonly groupId: number;
  readonly category: Category;
  readonly severity: Severity;
  readonly rule: string;
  readonly kind?: PersonalDataKind;
  readonly target?: Target;
  readonly why: string;
  readonly excerpt: string;
  readonly ref: MessageRef;
  /** Absent for events about the conversation rather than one person (`derailing`). */
  readonly author?: IncidentAuthor;
  readonly createdAt: Date;
  readonly status: IncidentStatus;
  readonly handledBy?: string;
  readonly handledAt?: Date;
  readonly forwardedToSupervisor: boolean;
}

/** Longest excerpt kept: enough to judge the case, not a transcript. */
export const MAX_EXCERPT_LENGTH = 500;

export const newIncidentSchema = z
  .object({
    groupId: idSchema,
    category: z.enum(CATEGORIES),
    severity: z.enum(SEVERITIES),
    rule: shortText(200),
    kind: z.enum(PERSONAL_DATA_KINDS).optional(),
    target: z.enum(TARGETS).optional(),
    why: shortText(500),
    excerpt: z.string().max(MAX_EXCERPT_LENGTH),
    ref: z.object({ platform: shortText(32), chatId: shortText(100), messageId: shortText(100) }),
    author: z.object({ pseudonym: pseudonymSchema, name: shortText(100) }).optional(),
    createdAt: dateSchema,
  })
  .refine((i) => (i.category === 'personal_data') === (i.kind !== undefined), {
    message: 'kind is required for personal_data and only allowed there',
    path: ['kind'],
  });
export type NewIncident = z.input<typeof newIncidentSchema>;
export type ValidIncident = z.output<typeof newIncidentSchema>;

export interface RecordResult {
  readonly incident: Incident;
  /** False when this message already had an incident of this category (redelivery, edit). */
  readonly created: boolean;
  /**
   * True when it had one and an edit made it worse: the incident now carries the higher
   * severity, the edited excerpt and rule, and is open again, so the teacher hears of it.
   */
  readonly raised: boolean;
}

/** An edit raised the severity: what the stored incident takes over from the new judgement. */
export function isRaisedBy(existing: Incident, next: ValidIncident): boolean {
  return severityRank(next.severity) > severityRank(existing.severity);
}

/** `[since, until)`; without `until`, everything from `since` on. */
export interface TimeWindow {
  readonly since: Date;
  readonly until?: Date;
}

export const windowSchema = z.object({ since: dateSchema, until: dateSchema.optional() });

const oneOrMany = <T extends z.ZodType>(s: T) => z.union([s, z.array(s).min(1)]).optional();

export const incidentFilterSchema = z.object({
  groupId: idSchema.optional(),
  status: oneOrMany(z.enum(INCIDENT_STATUSES)),
  category: oneOrMany(z.enum(CATEGORIES)),
  author: pseudonymSchema.optional(),
  since: dateSchema.optional(),
  until: dateSchema.optional(),
  limit: z.int().positive().max(100_000).optional(),
});
export type IncidentFilter = z.input<typeof incidentFilterSchema>;

/**
 * What the policy weighs about a past incident (strikes, derailing, its own message
 * left out): the columns the pipeline reads for every flagged message, nothing more.
 */
export type IncidentSummary = Pick<
  Incident,
  'id' | 'category' | 'severity' | 'target' | 'status' | 'createdAt' | 'ref' | 'author'
>;

export const recentFilterSchema = z.object({
  groupId: idSchema,
  author: pseudonymSchema.optional(),
  since: dateSchema,
  limit: z.int().positive().max(1000),
});
export type RecentFilter = z.input<typeof recentFilterSchema>;

/** The summary of a whole incident (the memory store, and tests comparing with `list`). */
export function summarise(i: Incident): IncidentSummary {
  return {
    id: i.id,
    category: i.category,
    severity: i.severity,
    ...(i.target !== undefined ? { target: i.target } : {}),
    status: i.status,
    createdAt: new Date(i.createdAt.getTime()),
    ref: { ...i.ref },
    ...(i.author !== undefined ? { author: { ...i.author } } : {}),
  };
}

export const setStatusArgs = z.tuple([idSchema, z.enum(INCIDENT_STATUSES), actorSchema, dateSchema]);
export const markForwardedArgs = z.tuple([idSchema, actorSchema, dateSchema]);

export type StatusChange =
  | { readonly ok: true; readonly incident: Incident; readonly changed: boolean }
  | { readonly ok: false; readonly reason: 'not_found' }
  | { readonly ok: false; readonly reason: 'invalid_transition'; readonly from: IncidentStatus };

export interface IncidentRepo {
  /**
   * Idempotent per (group, chat, message, category): a redelivered or edited message
   * returns the incident it already has; an edit that raises the severity updates it
   * (severity, rule, why, excerpt, target; open again) and says so with `raised`. The chat is part of the key because Telegram
   * restarts message ids when a group becomes a supergroup.
   */
  record(incident: NewIncident): RecordResult;
  get(id: number): Incident | undefined;
  /** A member's incidents as author in a window, oldest first: strikes that decay. */
  forMember(groupId: number, author: Pseudonym, window: TimeWindow): Incident[];
  /** The group's incidents in a window, oldest first: is the conversation derailing (B3)? */
  forGroup(groupId: number, window: TimeWindow): Incident[];
  /** Newest first (so `limit` keeps the newest); every group unless `groupId` is set. */
  list(filter?: IncidentFilter): Incident[];
  /**
   * The group's (or one author's) incidents since `since`, newest first, at most `limit`:
   * `list` narrowed to the summary, because the pipeline reads it for every flagged
   * message and whole rows (text columns, full validation) cost several times as much.
   */
  recent(filter: RecentFilter): IncidentSummary[];
  /** Audited when it changes something; refused transitions are values, not errors. */
  setStatus(id: number, status: IncidentStatus, by: string, now: Date): StatusChange;
  /** B4: the teacher forwarded it to the supervisor. Audited once. Undefined if unknown id. */
  markForwarded(id: number, by: string, now: Date): Incident | undefined;
}

/** Normalises a filter's one-or-many fields to lists (or undefined for "any"). */
export function asList<T>(x: T | readonly T[] | undefined): readonly T[] | undefined {
  if (x === undefined) return undefined;
  return Array.isArray(x) ? (x as readonly T[]) : [x as T];
}

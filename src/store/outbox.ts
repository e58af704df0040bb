import { z } from 'zod';
import type { ActionButton } from '../core/chat/outbound-action.js';
import { dateSchema, idSchema, shortText } from './validate.js';

/** Who an alert is for; resolved to a platform id from the group when it is delivered. */
export const OUTBOX_RECIPIENTS = ['teacher', 'supervisor'] as const;
export type OutboxRecipient = (typeof OUTBOX_RECIPIENTS)[number];

/**
 * Why an alert is waiting rather than merely retrying: the recipient never opened a
 * private chat with the bot (delivered on `private_chat_opened`), or the group has no
 * teacher or supervisor yet (delivered after `setup` / `supervisor`).
 */
export const OUTBOX_WAITING = ['private_chat', 'recipient'] as const;
export type OutboxWaiting = (typeof OUTBOX_WAITING)[number];

/**
 * An alert for the teacher or the supervisor, stored in the same transaction as its
 * incident so that a crash, a full platform rate limit or a teacher who never opened a
 * private chat cannot lose it. The text is rendered (group language, masked excerpt);
 * the row is deleted once delivered, so it holds no personal data longer than needed.
 */
export interface OutboxEntry {
  readonly id: number;
  readonly groupId: number;
  readonly incidentId?: number;
  /** Unique among waiting alerts: the same alert is never queued twice (`incident:17:teacher`). */
  readonly key: string;
  readonly recipient: OutboxRecipient;
  readonly urgent: boolean;
  readonly text: string;
  readonly buttons: readonly ActionButton[];
  readonly createdAt: Date;
  readonly attempts: number;
  readonly nextAttemptAt: Date;
  readonly waiting?: OutboxWaiting;
  /** The last failure's reason code (`rate_limited`, `no_private_chat`, ...), never text. */
  readonly lastFailure?: string;
}

/** Alerts are chat messages: 4,000 characters is below every platform's limit. */
export const MAX_OUTBOX_TEXT = 4000;

export const buttonSchema = z.object({
  label: shortText(64),
  command: z.string().trim().min(1).max(64),
});

export const newOutboxSchema = z.object({
  groupId: idSchema,
  incidentId: idSchema.optional(),
  key: shortText(200),
  recipient: z.enum(OUTBOX_RECIPIENTS),
  urgent: z.boolean(),
  text: z.string().min(1).max(MAX_OUTBOX_TEXT),
  buttons: z.array(buttonSchema).max(8).default([]),
  createdAt: dateSchema,
});
export type NewOutboxEntry = z.input<typeof newOutboxSchema>;

export const outboxFilterSchema = z.object({
  groupId: idSchema.optional(),
  recipient: z.enum(OUTBOX_RECIPIENTS).optional(),
  /** Only entries whose next attempt is due by then; without it, every waiting entry. */
  dueBy: dateSchema.optional(),
  limit: z.int().positive().max(10_000).optional(),
});
export type OutboxFilter = z.input<typeof outboxFilterSchema>;

export const outboxFailureSchema = z.object({
  reason: z.string().regex(/^[a-z_]{1,40}$/, 'a reason code'),
  retryAt: dateSchema,
  waiting: z.enum(OUTBOX_WAITING).optional(),
});
export type OutboxFailure = z.input<typeof outboxFailureSchema>;

export const outboxFailedArgs = z.tuple([idSchema, outboxFailureSchema]);

export interface OutboxRepo {
  /** Queues an alert; a key already waiting returns that entry with `created: false`. */
  enqueue(entry: NewOutboxEntry): { readonly entry: OutboxEntry; readonly created: boolean };
  /** Waiting alerts, oldest first. */
  list(filter?: OutboxFilter): OutboxEntry[];
  /** Delivered: the entry (and its text) is deleted. False when it was already gone. */
  delivered(id: number): boolean;
  /** A failed attempt: counted, with when to try again and why. Undefined when the entry is gone. */
  failed(id: number, failure: OutboxFailure): OutboxEntry | undefined;
}

/** The failure rule, shared so both implementations record attempts identically. */
export function applyFailure(entry: OutboxEntry, f: z.output<typeof outboxFailureSchema>): OutboxEntry {
  const { waiting: _w, ...rest } = entry;
  return {
    ...rest,
    attempts: entry.attempts + 1,
    nextAttemptAt: f.retryAt,
    lastFailure: f.reason,
    ...(f.waiting ? { waiting: f.waiting } : {}),
  };
}

import { z } from 'zod';
import { dateSchema, idSchema, shortText } from './validate.js';

/**
 * `pending`: waiting for (another) attempt; `sending`: handed to the SMTP server, result
 * not yet recorded; `sent` and `failed` are final. Final rows keep their key, so the same
 * announcement is never queued (nor sent) twice, but lose subject and text.
 */
export const MAIL_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * One e-mail to one contact who is not in the group app (protocol B1): the teacher's
 * announcement, stored before any attempt so that a restart or an SMTP server that is
 * down loses nothing. Deleted with its contact.
 */
export interface MailEntry {
  readonly id: number;
  readonly groupId: number;
  readonly contactId: number;
  /** Unique for ever (`announce:<group>:<message>:<contact>`): the same mail is never queued twice. */
  readonly key: string;
  readonly to: string;
  readonly toName: string;
  /** Empty once final. */
  readonly subject: string;
  /** Empty once final. */
  readonly text: string;
  readonly status: MailStatus;
  readonly attempts: number;
  readonly createdAt: Date;
  readonly nextAttemptAt: Date;
  /** A reason code (`connection`, `rejected_550`, `expired`, `interrupted`), never a server's text. */
  readonly lastError?: string;
  /** When it became `sent` or `failed`. */
  readonly finishedAt?: Date;
}

/** An announcement is a chat message; a mail of it stays well below this. */
export const MAX_MAIL_TEXT = 20_000;

export const newMailSchema = z.object({
  groupId: idSchema,
  contactId: idSchema,
  key: shortText(200),
  to: z.string().trim().toLowerCase().pipe(z.email().max(254)),
  toName: shortText(200),
  subject: shortText(300),
  text: z.string().min(1).max(MAX_MAIL_TEXT),
  createdAt: dateSchema,
});
export type NewMail = z.input<typeof newMailSchema>;

export const mailFilterSchema = z.object({
  groupId: idSchema.optional(),
  status: z.enum(MAIL_STATUSES).optional(),
  /** Created at or after. */
  since: dateSchema.optional(),
  limit: z.int().positive().max(10_000).optional(),
});
export type MailFilter = z.input<typeof mailFilterSchema>;

const reasonSchema = z.string().regex(/^[a-z0-9_]{1,40}$/, 'a reason code');
export const claimArgs = z.tuple([idSchema, dateSchema]);
export const sentArgs = z.tuple([idSchema, dateSchema]);
/** `retryAt` null: a permanent failure (the server refused the address); the entry is final. */
export const mailFailedArgs = z.tuple([
  idSchema,
  z.object({ reason: reasonSchema, at: dateSchema, retryAt: dateSchema.nullable() }),
]);
export const dueArgs = z.tuple([dateSchema, z.int().positive().max(10_000)]);

export interface MailOutboxRepo {
  /** Queues a mail; a key seen before (in any status) returns that entry with `created: false`. */
  enqueue(mail: NewMail): { readonly entry: MailEntry; readonly created: boolean };
  /** Pending mails whose attempt is due by `now`, oldest first. */
  due(now: Date, limit: number): MailEntry[];
  /** Takes a pending mail for an attempt (`sending`, attempts + 1); false if it was not pending. */
  claim(id: number, now: Date): boolean;
  /** The server accepted it: final; subject and text are dropped. False unless it was `sending`. */
  sent(id: number, now: Date): boolean;
  /** An attempt failed: back to `pending` until `retryAt`, or final `failed` when null. */
  failed(id: number, failure: { reason: string; at: Date; retryAt: Date | null }): MailEntry | undefined;
  /**
   * After a crash: mails left `sending` go back to `pending` (due now) and are sent again
   * with the same Message-ID. Returns how many.
   */
  recoverInterrupted(now: Date): number;
  /** Newest first. */
  list(filter?: MailFilter): MailEntry[];
  /** Deletes final mails that finished before `before`; pending mails are never purged. */
  purgeFinished(before: Date): number;
}

/** The failure rule, shared so both implementations record attempts identically. */
export function applyMailFailure(entry: MailEntry, f: z.output<typeof mailFailedArgs>[1]): MailEntry {
  const { finishedAt: _f, ...rest } = entry;
  if (f.retryAt === null) {
    return { ...rest, status: 'failed', lastError: f.reason, subject: '', text: '', finishedAt: f.at };
  }
  return { ...rest, status: 'pending', lastError: f.reason, nextAttemptAt: f.retryAt };
}

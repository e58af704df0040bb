import { z } from 'zod';
import type { AuditRepo, NewAuditEntry } from './audit.js';
import type { ConsentEntry, ConsentRepo } from './consent.js';
import type { ContactRepo, EmailContact } from './contacts.js';
import type { GroupRepo } from './groups.js';
import type { Incident, IncidentRepo } from './incidents.js';
import type { JobRunRepo } from './job-runs.js';
import type { LinkCodeRepo } from './link-codes.js';
import type { MailOutboxRepo } from './mail-outbox.js';
import type { Member, MemberRepo } from './members.js';
import type { OutboxRepo } from './outbox.js';
import type { Pseudonym } from './pseudonym.js';
import type { ReminderRecord, ReminderRepo } from './reminders.js';
import { actorSchema, dateSchema, idSchema, pseudonymSchema, shortText } from './validate.js';

/**
 * The one persistence seam. Synchronous on purpose: better-sqlite3 is, a message is
 * handled in one short transaction, and the in-memory twin behaves the same so tests
 * and `explain` run the real pipeline. Every storage failure is a {@link StoreError};
 * an error thrown by the caller's own code inside `transaction` passes through as is.
 */
export interface Store {
  readonly groups: GroupRepo;
  readonly members: MemberRepo;
  readonly incidents: IncidentRepo;
  readonly consent: ConsentRepo;
  readonly contacts: ContactRepo;
  readonly reminders: ReminderRepo;
  readonly linkCodes: LinkCodeRepo;
  readonly audit: AuditRepo;
  /** Alerts waiting to be delivered to the teacher or supervisor (migration 2). */
  readonly outbox: OutboxRepo;
  /** E-mails to contacts outside the group app (B1), until delivered (migration 3). */
  readonly mail: MailOutboxRepo;
  /** Runs of scheduled jobs (tips, digests, retention): each slot runs once (migration 4). */
  readonly jobRuns: JobRunRepo;

  /**
   * Runs `fn` atomically: everything it wrote is kept, or (when it throws) none of it.
   * Nests (inner calls become savepoints). `fn` must be synchronous: a returned promise
   * is refused, because the transaction would end before the promise does.
   */
  transaction<T>(fn: () => T): T;

  /** Deletes what is older than each group's retention days; audited, even when nothing went. */
  purgeExpired(now: Date): PurgeCounts;
  /** Everything stored about one member of a group (AVG art. 15); audited. */
  exportMember(query: MemberExportQuery, by: string, now: Date): MemberExport;
  /** Erases a member of a group (AVG art. 17); the audit entry holds the pseudonym and counts only. */
  forgetMember(groupId: number, member: Pseudonym, by: string, now: Date): ForgetCounts;

  /** Idempotent. Every later call fails with a StoreError. */
  close(): void;
}

export interface PurgeCounts {
  readonly incidents: number;
  readonly reminders: number;
  readonly linkCodes: number;
  /** Members not seen within the retention period (name and role are personal data too). */
  readonly members: number;
  /** Alerts that waited longer than the retention period. */
  readonly outbox: number;
}

export interface ForgetCounts {
  readonly members: number;
  readonly incidents: number;
  readonly consent: number;
  readonly reminders: number;
  /** Waiting alerts about the member's incidents (they carry the member's name and excerpt). */
  readonly outbox: number;
}

export const memberExportQuerySchema = z.object({
  groupId: idSchema,
  member: pseudonymSchema,
  /**
   * E-mail contacts (B1) have no pseudonym; they match by name. The member's stored
   * display name is always tried; add the names the request was made under.
   */
  names: z.array(shortText(200)).max(20).default([]),
});
export type MemberExportQuery = z.input<typeof memberExportQuerySchema>;

export interface MemberExport {
  readonly groupId: number;
  readonly member: Pseudonym;
  readonly exportedAt: Date;
  readonly profile?: Member;
  readonly incidents: readonly Incident[];
  readonly consent: readonly ConsentEntry[];
  readonly contacts: readonly EmailContact[];
  readonly reminders: readonly ReminderRecord[];
}

export const exportArgs = z.tuple([memberExportQuerySchema, actorSchema, dateSchema]);
export const forgetArgs = z.tuple([idSchema, pseudonymSchema, actorSchema, dateSchema]);

export const DAY_MS = 86_400_000;

/** The moment before which a group's data has expired. */
export function retentionCutoff(now: Date, retentionDays: number): number {
  return now.getTime() - retentionDays * DAY_MS;
}

/** Contact names match case- and space-insensitively, as people type them. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
  return norm(a) === norm(b);
}

/** The audit entry of an export (AVG art. 15): who exported whose data, and how much; both stores write it. */
export function exportAuditEntry(result: MemberExport, by: string, now: Date): NewAuditEntry {
  return {
    at: now,
    actor: by,
    action: 'member.exported',
    groupId: result.groupId,
    details: {
      member: result.member,
      incidents: result.incidents.length,
      consent: result.consent.length,
      contacts: result.contacts.length,
      reminders: result.reminders.length,
    },
  };
}

/** The audit entry of an erasure (AVG art. 17): the pseudonym and the counts, never a name. */
export function forgetAuditEntry(
  groupId: number,
  member: Pseudonym,
  counts: ForgetCounts,
  by: string,
  now: Date,
): NewAuditEntry {
  return { at: now, actor: by, action: 'member.forgotten', groupId, details: { member, ...counts } };
}

import type { AuditEntry } from '../audit.js';
import type { ConsentEntry } from '../consent.js';
import type { EmailContact } from '../contacts.js';
import type { Group } from '../groups.js';
import type { Incident } from '../incidents.js';
import type { JobRun } from '../job-runs.js';
import type { LinkCodePurpose } from '../link-codes.js';
import type { MailEntry } from '../mail-outbox.js';
import type { Member } from '../members.js';
import type { OutboxEntry } from '../outbox.js';
import type { ReminderRecord } from '../reminders.js';
import { StoreError } from '../store-error.js';

/** A link code as stored: the hash, never the code. */
export interface LinkCodeRow {
  readonly id: number;
  readonly codeHash: string;
  readonly groupId: number;
  readonly purpose: LinkCodePurpose;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly consumedAt?: Date;
}

/**
 * The in-memory twin's tables. Records are replaced, never changed in place, so a
 * transaction can snapshot by copying the maps and roll back by putting them back.
 */
export interface MemoryState {
  closed: boolean;
  groups: Map<number, Group>;
  /** Keyed `groupId pseudonym`. */
  members: Map<string, Member>;
  incidents: Map<number, Incident>;
  /** Keyed `groupId member kind`. */
  consent: Map<string, ConsentEntry>;
  contacts: Map<number, EmailContact>;
  reminders: Map<number, ReminderRecord>;
  linkCodes: Map<number, LinkCodeRow>;
  audit: Map<number, AuditEntry>;
  outbox: Map<number, OutboxEntry>;
  mail: Map<number, MailEntry>;
  jobRuns: Map<number, JobRun>;
  /** Last id handed out per table; like AUTOINCREMENT, never reused after a delete. */
  seq: Record<
    'groups' | 'incidents' | 'contacts' | 'reminders' | 'linkCodes' | 'audit' | 'outbox' | 'mail' | 'jobRuns',
    number
  >;
}

type Tables = Omit<MemoryState, 'closed'>;

export function emptyState(): MemoryState {
  return {
    closed: false,
    groups: new Map(),
    members: new Map(),
    incidents: new Map(),
    consent: new Map(),
    contacts: new Map(),
    reminders: new Map(),
    linkCodes: new Map(),
    audit: new Map(),
    outbox: new Map(),
    mail: new Map(),
    jobRuns: new Map(),
    seq: {
      groups: 0,
      incidents: 0,
      contacts: 0,
      reminders: 0,
      linkCodes: 0,
      audit: 0,
      outbox: 0,
      mail: 0,
      jobRuns: 0,
    },
  };
}

export function snapshot(s: MemoryState): Tables {
  return {
    groups: new Map(s.groups),
    members: new Map(s.members),
    incidents: new Map(s.incidents),
    consent: new Map(s.consent),
    contacts: new Map(s.contacts),
    reminders: new Map(s.reminders),
    linkCodes: new Map(s.linkCodes),
    audit: new Map(s.audit),
    outbox: new Map(s.outbox),
    mail: new Map(s.mail),
    jobRuns: new Map(s.jobRuns),
    seq: { ...s.seq },
  };
}

export function restore(s: MemoryState, snap: Tables): void {
  Object.assign(s, snap);
}

export function nextId(s: MemoryState, table: keyof MemoryState['seq']): number {
  s.seq[table] += 1;
  return s.seq[table];
}

/**
 * Records go in and come out as copies: a caller changing a returned Date (or the one
 * it passed in) must not change what the store holds, as it cannot with SQLite.
 */
export function copy<T>(x: T): T {
  return structuredClone(x);
}

/** What SQLite's foreign key on `group_id` does, with the same error code. */
export function requireGroup(s: MemoryState, groupId: number, operation: string): void {
  if (!s.groups.has(groupId)) {
    throw new StoreError('constraint', operation, 'FOREIGN KEY constraint failed', {
      table: 'groups',
      id: groupId,
    });
  }
}

export function memberKey(groupId: number, pseudonym: string): string {
  return `${groupId} ${pseudonym}`;
}

/** Compares like SQL `ORDER BY a, b, ...` over the keys a record yields. */
export function orderBy<T>(keys: (x: T) => readonly (string | number)[]): (a: T, b: T) => number {
  return (a, b) => {
    const ka = keys(a);
    const kb = keys(b);
    for (let i = 0; i < ka.length; i++) {
      const x = ka[i] as string | number;
      const y = kb[i] as string | number;
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };
}

import { z } from 'zod';
import type { Pseudonym } from './pseudonym.js';
import { actorSchema, dateSchema, idSchema, pseudonymSchema, shortText } from './validate.js';

/** Media that show or record people (A5). Documents need no consent. */
export const CONSENT_MEDIA_KINDS = ['photo', 'video', 'audio'] as const;
export type ConsentMediaKind = (typeof CONSENT_MEDIA_KINDS)[number];

/**
 * Written, provable consent (A5) for one member and one kind of media: who gave it,
 * when, and until when if it was limited. One entry per (group, member, kind); granting
 * again replaces it, revoking deletes it (consent can always be withdrawn).
 */
export interface ConsentEntry {
  readonly groupId: number;
  readonly member: Pseudonym;
  readonly kind: ConsentMediaKind;
  /** Who consented, as on the form (the parent, or the member themselves). */
  readonly givenBy: string;
  readonly givenAt: Date;
  readonly until?: Date;
}

export const consentGrantSchema = z
  .object({
    groupId: idSchema,
    member: pseudonymSchema,
    kind: z.enum(CONSENT_MEDIA_KINDS),
    givenBy: shortText(200),
    givenAt: dateSchema,
    until: dateSchema.optional(),
  })
  .refine((c) => c.until === undefined || c.until > c.givenAt, {
    message: 'consent must end after it was given',
    path: ['until'],
  });
export type ConsentGrant = z.input<typeof consentGrantSchema>;

export const consentGrantArgs = z.tuple([consentGrantSchema, actorSchema, dateSchema]);
export const consentRevokeArgs = z.tuple([
  idSchema,
  pseudonymSchema,
  z.enum(CONSENT_MEDIA_KINDS),
  actorSchema,
  dateSchema,
]);
export const consentCoversArgs = z.tuple([
  idSchema,
  pseudonymSchema,
  z.enum(CONSENT_MEDIA_KINDS),
  dateSchema,
]);

export interface ConsentRepo {
  /**
   * Records consent, audited as registered by `by` at `now` (a paper form may be dated
   * earlier than the day it is entered); the audit details hold no names.
   */
  grant(consent: ConsentGrant, by: string, now: Date): ConsentEntry;
  /** Withdraws consent for one kind; false when there was none. Audited. */
  revoke(groupId: number, member: Pseudonym, kind: ConsentMediaKind, by: string, now: Date): boolean;
  /** The group's register, or one member's entries; sorted by member then kind. */
  list(groupId: number, member?: Pseudonym): ConsentEntry[];
  /** Does the register cover this member for this kind at this moment? `[givenAt, until)`. */
  covers(groupId: number, member: Pseudonym, kind: ConsentMediaKind, at: Date): boolean;
}

/** The coverage rule, shared by both implementations. */
export function consentCovers(entry: ConsentEntry | undefined, at: Date): boolean {
  if (!entry) return false;
  return (
    entry.givenAt.getTime() <= at.getTime() &&
    (entry.until === undefined || at.getTime() < entry.until.getTime())
  );
}

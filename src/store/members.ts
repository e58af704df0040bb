import { z } from 'zod';
import { ROLES, type Role } from '../core/message.js';
import type { Pseudonym } from './pseudonym.js';
import { actorSchema, dateSchema, idSchema, pseudonymSchema, shortText } from './validate.js';

/**
 * A member of one group as the bot knows them: pseudonym, the name others see, the role
 * the platform or the teacher gave them. Per group, because the same parent can be a
 * parent in one chat and staff in another.
 */
export interface Member {
  readonly groupId: number;
  readonly pseudonym: Pseudonym;
  readonly displayName: string;
  readonly role: Role;
  readonly firstSeen: Date;
  readonly lastSeen: Date;
}

export const memberSeenSchema = z.object({
  groupId: idSchema,
  pseudonym: pseudonymSchema,
  displayName: shortText(100),
  role: z.enum(ROLES),
  at: dateSchema,
});
export type MemberSeen = z.input<typeof memberSeenSchema>;

export const setRoleArgs = z.tuple([idSchema, pseudonymSchema, z.enum(ROLES), actorSchema, dateSchema]);

export interface MemberRepo {
  /**
   * Called for every message: creates the member or moves first/last seen outwards.
   * Name and role follow the newest sighting, except that `unknown` never overwrites a
   * known role (adapters do not always know; a teacher's choice must survive).
   */
  seen(sighting: MemberSeen): Member;
  get(groupId: number, pseudonym: Pseudonym): Member | undefined;
  /** Sorted by display name, for the teacher's member list. */
  list(groupId: number): Member[];
  /** A teacher sets a role by hand; audited. Undefined when the member is unknown. */
  setRole(groupId: number, pseudonym: Pseudonym, role: Role, by: string, now: Date): Member | undefined;
}

/** The merge rule of `seen`, shared so both implementations agree to the field. */
export function mergeSighting(existing: Member | undefined, s: z.output<typeof memberSeenSchema>): Member {
  if (!existing) {
    return {
      groupId: s.groupId,
      pseudonym: s.pseudonym,
      displayName: s.displayName,
      role: s.role,
      firstSeen: s.at,
      lastSeen: s.at,
    };
  }
  const newest = s.at.getTime() >= existing.lastSeen.getTime();
  return {
    ...existing,
    displayName: newest ? s.displayName : existing.displayName,
    role: newest && s.role !== 'unknown' ? s.role : existing.role,
    firstSeen: new Date(Math.min(s.at.getTime(), existing.firstSeen.getTime())),
    lastSeen: newest ? s.at : existing.lastSeen,
  };
}

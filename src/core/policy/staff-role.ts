import { z } from 'zod';
import type { Finding } from '../finding.js';
import type { Role } from '../message.js';
import type { PastIncident, PolicyGroup } from './policy-input.js';
import { cooldownPassed, MINUTE_MS } from './timing.js';

const cue = z
  .string()
  .trim()
  .min(2)
  .max(80)
  .regex(/^[^*|#{}]+$/, 'a cue is plain words (no *, |, # or braces)');
const cues = z.object({ nl: z.array(cue).max(200), en: z.array(cue).max(200) }).strict();

/**
 * B2's knobs and cue lists (`staffRole:` in config/defaults.yaml). The cues are data,
 * so a school can add the ways its own staff introduce themselves.
 */
export const staffRoleSettingsSchema = z
  .object({
    /** At most one B2 reminder per staff member in this time. */
    cooldownMinutes: z
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 365),
    /** How staff say they are staff and what their role is: such a message needs no reminder. */
    roleCues: cues,
    /** Words that make a message itself about the school. */
    schoolCues: cues,
  })
  .strict();
export type StaffRoleSettings = z.output<typeof staffRoleSettingsSchema>;

/** Where a discussion points when it is about the school (the core's finding targets). */
const SCHOOL_TARGETS: ReadonlySet<string> = new Set(['school', 'teacher']);

/** What the B2 check looks at; the cue matching happened before (CuePhrases). */
export interface StaffRoleInput {
  readonly now: Date;
  readonly groupType: PolicyGroup['type'];
  /** The author's role in this group: the group's own teacher and supervisor are never `staff`. */
  readonly authorRole: Role;
  /** The message says the author is staff and what their role is (a role cue). */
  readonly statesRole: boolean;
  /** The message names the school (a school cue). */
  readonly namesSchool: boolean;
  /** The message's own standing findings. */
  readonly findings: readonly Finding[];
  /** The group's incidents within `windowMinutes` (the derailing window), this message's own excluded. */
  readonly groupHistory: readonly PastIncident[];
  readonly windowMinutes: number;
  /** When this member last got the B2 reminder. */
  readonly lastReminder?: Date;
  readonly cooldownMinutes: number;
}

export interface StaffRoleCheck {
  readonly remind: boolean;
  /** Why, for the debug log and tests: clauses and counts, never text. */
  readonly why: string;
}

/**
 * B2: "staff opinions are easily mistaken for the school's; staff who join a
 * school-related discussion say they are staff and what their role is". A staff member
 * (not the group's teacher or supervisor) posting in a parents' group into a discussion
 * about the school (their message names the school or is aimed at it or a teacher, or
 * the group flagged messages about the school or a teacher within the window) without
 * saying they are staff gets one kind private reminder, at most once per cooldown.
 */
export function checkStaffRole(input: StaffRoleInput): StaffRoleCheck {
  if (input.groupType !== 'parents') return no('not a parents group');
  if (input.authorRole !== 'staff') return no(`author is ${input.authorRole}`);
  if (input.statesRole) return no('B2: the author says they are staff');
  const since = input.now.getTime() - input.windowMinutes * MINUTE_MS;
  const own = input.findings.filter((f) => f.target !== undefined && SCHOOL_TARGETS.has(f.target)).length;
  const recent = input.groupHistory.filter((p) => {
    const t = p.createdAt.getTime();
    const aboutSchool = p.target !== undefined && SCHOOL_TARGETS.has(p.target);
    return aboutSchool && p.status !== 'false_alarm' && t >= since && t <= input.now.getTime();
  }).length;
  const signs = [
    ...(input.namesSchool ? ['the message names the school'] : []),
    ...(own > 0 ? [`${own} finding(s) about the school or a teacher`] : []),
    ...(recent > 0
      ? [`${recent} flagged message(s) about the school or a teacher within ${input.windowMinutes} min`]
      : []),
  ];
  if (signs.length === 0) return no('not a discussion about the school');
  if (!cooldownPassed(input.lastReminder, input.now, input.cooldownMinutes))
    return no(`B2: reminded within ${input.cooldownMinutes} min`);
  return {
    remind: true,
    why: `B2: a staff member joins a discussion about the school (${signs.join('; ')}) without saying they are staff: a kind private reminder`,
  };
}

function no(why: string): StaffRoleCheck {
  return { remind: false, why };
}

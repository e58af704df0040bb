import { z } from 'zod';
import { CATEGORIES, type Category, SEVERITIES, type Severity } from '../categories.js';

/**
 * What the protocol asks for one category, as plain data (Zeppelin style): the policy
 * reads this table, `explain` and the README can print it, and a test checks it
 * against the protocol. Changing how the bot treats a category means changing a row.
 */
export interface CategoryRule {
  /** The protocol clause the behaviour comes from (../shared/protocol/README.md). */
  readonly clause: string;
  /** Delete the message where the platform allows (A2 personal data, sexual content). */
  readonly delete: boolean;
  /** A kind reminder of the norm in the group, naming no one (Uitgangspunten 3, A4). */
  readonly remindGroup: boolean;
  /** A private note to the poster about their own message (A3). */
  readonly noteToPoster: boolean;
  /** Counts as a strike, and can be raised by earlier strikes (A7: repeated breaches). */
  readonly strike: boolean;
  /** The teacher is told whatever the severity. */
  readonly alwaysAlert: boolean;
  /** From this severity the alert says a police report (aangifte) is possible (Sancties 6). */
  readonly policeFrom: Severity | null;
  /** Helplines to the writer, privately; nothing in the group (self-harm). */
  readonly support: boolean;
  /** A flagged message of this category counts towards derailing (B3). */
  readonly countsForDerailing: boolean;
}

export const categoryRuleSchema = z
  .object({
    clause: z.string().min(2),
    delete: z.boolean(),
    remindGroup: z.boolean(),
    noteToPoster: z.boolean(),
    strike: z.boolean(),
    alwaysAlert: z.boolean(),
    policeFrom: z.enum(SEVERITIES).nullable(),
    support: z.boolean(),
    countsForDerailing: z.boolean(),
  })
  .strict()
  .refine((r) => !(r.support && (r.remindGroup || r.strike || r.delete)), {
    message: 'a support category is handled privately only: no group reminder, no strike, no deletion',
  });

const abuse = (clause: string, policeFrom: Severity | null = null): CategoryRule => ({
  clause,
  delete: false,
  remindGroup: true,
  noteToPoster: true,
  strike: true,
  alwaysAlert: false,
  policeFrom,
  support: false,
  countsForDerailing: true,
});

export const CATEGORY_RULES: Readonly<Record<Category, CategoryRule>> = {
  bullying: abuse('A7'),
  threat: abuse('A7', 'low'),
  hate: abuse('A7', 'high'),
  extremism: abuse('A7', 'high'),
  account_abuse: abuse('A7', 'high'),
  discrediting: abuse('A7'),
  profanity: { ...abuse('Uitgangspunten 3'), noteToPoster: false },
  sexual: { ...abuse('A7'), delete: true, alwaysAlert: true, policeFrom: 'low' },
  personal_data: { ...abuse('A2'), delete: true, countsForDerailing: false },
  self_harm: {
    clause: 'zorgplicht',
    delete: false,
    remindGroup: false,
    noteToPoster: false,
    strike: false,
    alwaysAlert: true,
    policeFrom: null,
    support: true,
    countsForDerailing: false,
  },
  media_without_consent: {
    clause: 'A5',
    delete: false,
    remindGroup: false,
    noteToPoster: true,
    strike: false,
    alwaysAlert: true,
    policeFrom: null,
    support: false,
    countsForDerailing: false,
  },
  lesson_time: {
    clause: 'A1',
    delete: false,
    remindGroup: true,
    noteToPoster: false,
    strike: false,
    alwaysAlert: false,
    policeFrom: null,
    support: false,
    countsForDerailing: false,
  },
  derailing: {
    clause: 'B3',
    delete: false,
    remindGroup: true,
    noteToPoster: false,
    strike: false,
    alwaysAlert: true,
    policeFrom: null,
    support: false,
    countsForDerailing: false,
  },
};

/** Every category has a rule: a new category cannot slip through unhandled. */
export const categoryRulesSchema = z.record(z.enum(CATEGORIES), categoryRuleSchema);

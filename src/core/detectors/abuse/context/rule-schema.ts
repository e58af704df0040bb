import { z } from 'zod';
import { SEVERITIES, TEXT_CATEGORIES } from '../../../categories.js';
import { LIST_NAMES } from '../lists.js';

const list = z.enum(LIST_NAMES as [string, ...string[]]);

/** Cues of one list, optionally only the lines with these `kind`s. */
const cueSchema = z
  .object({
    list,
    kinds: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();

/**
 * A context rule as plain data (Zeppelin-style): which cues, where they may stand, what
 * they do to which categories, and the sentence a teacher reads in `explain`. The rules
 * in `rules.ts` are parsed by this schema when the detectors are built, so a malformed
 * rule stops start-up.
 */
export const contextRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
    cues: z.array(cueSchema).min(1),
    effect: z.enum(['vetoed', 'lowered', 'raised', 'noted']),
    /** For lowered/raised: the severity to set (default one step). */
    to: z.enum(SEVERITIES).optional(),
    window: z
      .object({
        scope: z.enum(['clause', 'sentence', 'message']),
        before: z.number().int().min(0).optional(),
        after: z.number().int().min(0).optional(),
        overlap: z.boolean().optional(),
      })
      .strict(),
    categories: z.array(z.enum(TEXT_CATEGORIES)).min(1),
    /** Only hits from these lists (e.g. profanity only from the disease words). */
    hits: z.array(cueSchema).optional(),
    /** Only candidates at or below this severity (a specific threat is never banter). */
    upTo: z.enum(SEVERITIES).optional(),
    /**
     * Words that, standing between a cue before the hit and the hit, cut the cue off: the
     * writer as a new subject starts another statement (`als ze niet terug zijn breek ik
     * je arm`: the `niet` belongs to the condition).
     */
    barrier: z.array(z.string().min(1)).optional(),
    /**
     * Words that make a cue after them (in its sentence, before the hit) part of a
     * condition: `als ze maandag niet terug zijn, breek ik je arm`.
     */
    conditions: z.array(z.string().min(1)).optional(),
    /**
     * For a cue after the hit (Dutch puts `niet` after the object: `ik sla je echt niet`):
     * the words that may stand between what the finding covers and the cue. A capitalised
     * name counts, and so does any one word right after a determiner here (`die jongen`).
     */
    bridge: z.array(z.string().min(1)).optional(),
    /**
     * For a cue after the hit: the only words that may follow the cue in its clause (`hoor`,
     * `meer`, a separable particle: `ik scheld je niet uit`); anything else means the cue
     * negates something else (`ik sla je als je niet stopt`, `... niet normaal hard`).
     */
    tail: z.array(z.string().min(1)).optional(),
    /** A cue of these lists anywhere in the message cancels the rule. */
    unless: z.array(cueSchema).optional(),
    why: z.string().min(10),
  })
  .strict();

export type ContextRule = z.infer<typeof contextRuleSchema>;
export type CueSpec = z.infer<typeof cueSchema>;

export function parseRules(rules: unknown): ContextRule[] {
  return z.array(contextRuleSchema).parse(rules);
}

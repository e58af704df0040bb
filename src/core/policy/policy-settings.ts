import { z } from 'zod';
import { SEVERITIES } from '../categories.js';

const minutes = z
  .number()
  .int()
  .min(0)
  .max(60 * 24 * 365);
const positive = z.number().positive();

/**
 * The operator's knobs for the policy (`policy:` in config/defaults.yaml), plain data
 * validated once at start-up so a typo stops the bot with the path of the setting
 * instead of silently changing how children and parents are treated.
 */
export const policySettingsSchema = z
  .object({
    alerts: z
      .object({
        /** From this severity on the teacher is alerted ("medium: the teacher should know"). */
        teacherFrom: z.enum(SEVERITIES),
      })
      .strict(),
    reminders: z
      .object({
        /** At most one reminder of the norm per group and category in this time. */
        groupCooldownMinutes: minutes,
        /** At most one private note per member and category in this time (deletions always explain). */
        memberCooldownMinutes: minutes,
      })
      .strict(),
    strikes: z
      .object({
        /** Breaches older than this never count. */
        windowDays: positive,
        /** A breach weighs 1 when it happens and half as much after every half-life: strikes decay. */
        halfLifeDays: positive,
        /** Summed weight of earlier breaches from which severity goes one step up... */
        raiseOneAt: positive,
        /** ...and two steps up. */
        raiseTwoAt: positive,
        /** Strikes alone never raise past this (critical is for what the message itself shows). */
        maxRaisedSeverity: z.enum(SEVERITIES),
        /** Weight from which a member is muted where the platform allows; null: never. */
        muteAt: positive.nullable(),
        muteMinutes: z.number().int().positive(),
      })
      .strict()
      .refine((s) => s.raiseTwoAt > s.raiseOneAt, {
        message: 'raiseTwoAt must be larger than raiseOneAt',
        path: ['raiseTwoAt'],
      }),
    derailing: z
      .object({
        /** B3: flagged messages within this window count together. */
        windowMinutes: z.number().int().positive(),
        minMessages: z.number().int().min(2),
        minAuthors: z.number().int().min(1),
        /** After a derailing alert, the next one waits at least this long. */
        cooldownMinutes: minutes,
      })
      .strict(),
    lessonTime: z.object({ reminderCooldownMinutes: minutes }).strict(),
    consent: z.object({ severity: z.enum(SEVERITIES) }).strict(),
    delete: z
      .object({
        /** Used when the platform does not say how old a message it can delete may be; null: no limit. */
        windowHours: positive.nullable(),
      })
      .strict(),
  })
  .strict();

export type PolicySettings = z.output<typeof policySettingsSchema>;

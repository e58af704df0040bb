import { z } from 'zod';
import { LANGUAGES, type Language } from '../../core/categories.js';
import { policySettingsSchema, staffRoleSettingsSchema } from '../../core/policy/index.js';

const minutes = z
  .number()
  .int()
  .min(1)
  .max(60 * 24 * 30);
const timeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'unknown IANA time zone' },
);

/**
 * `config/defaults.yaml`: the operator's defaults, strict so a misspelt setting is an
 * error rather than a silently ignored line.
 */
export const appConfigSchema = z
  .object({
    groups: z
      .object({
        school: z.string().trim().min(1).max(200),
        language: z.enum(LANGUAGES),
        type: z.enum(['parents', 'pupils', 'staff']),
        timeZone,
        retentionDays: z.number().int().min(1).max(3650),
      })
      .strict(),
    policy: policySettingsSchema,
    /** B2: staff who join a discussion about the school say they are staff (cue lists are data). */
    staffRole: staffRoleSettingsSchema,
    /** The welcome when members join: several joins within `cooldownMinutes` share one. */
    welcome: z.object({ cooldownMinutes: minutes }).strict(),
    commands: z.object({ supervisorCodeMinutes: minutes }).strict(),
    delivery: z
      .object({
        retrySeconds: z.number().int().min(1).max(3600),
        maxRetryMinutes: minutes,
        waitingRetryMinutes: minutes,
        privateChatNoteCooldownMinutes: minutes,
      })
      .strict(),
  })
  .strict();

export type AppConfig = z.output<typeof appConfigSchema>;
export type GroupDefaults = AppConfig['groups'] & { readonly language: Language };

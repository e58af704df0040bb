import { validate } from 'node-cron';
import { z } from 'zod';
import { ConfigError } from '../../core/config-error.js';
import { GROUP_TYPES } from '../../store/groups.js';
import { loadYamlFile, parseYamlFile } from '../config/yaml-file.js';

/** The jobs klaswacht schedules; their keys in `config/schedule.yaml`. */
export const JOB_KEYS = [
  'etiquetteTip',
  'teacherDigest',
  'supervisorDigest',
  'retention',
  'consentReminder',
] as const;
export type JobKey = (typeof JOB_KEYS)[number];

const cron = z.string().refine((c) => c.trim().split(/\s+/).length === 5 && validate(c), {
  message: 'not a 5-field cron expression (minute hour day-of-month month day-of-week)',
});
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-07-18')
  .refine((d) => !Number.isNaN(Date.parse(d)), {
    message: 'not a real date',
  });
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

const jobSchema = z
  .object({
    cron,
    enabled: z.boolean().default(true),
    /** Only for the tip: which kinds of group get it. */
    groupTypes: z.array(z.enum(GROUP_TYPES)).min(1).optional(),
  })
  .strict();
/** Per-group differences: no defaults here, or an override would switch a disabled job back on. */
const jobOverrideSchema = z
  .object({
    cron: cron.optional(),
    enabled: z.boolean().optional(),
    groupTypes: z.array(z.enum(GROUP_TYPES)).min(1).optional(),
  })
  .strict();

export const scheduleConfigSchema = z
  .object({
    timeZone,
    jobs: z
      .object(Object.fromEntries(JOB_KEYS.map((k) => [k, jobSchema])) as Record<JobKey, typeof jobSchema>)
      .strict(),
    schoolYear: z
      .object({ startsOn: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'MM-DD') })
      .strict(),
    holidays: z
      .array(z.object({ name: z.string().trim().min(1).max(100), from: isoDay, to: isoDay }).strict())
      .refine((hs) => hs.every((h) => h.from <= h.to), {
        message: 'a holiday must end on or after its first day',
      })
      .default([]),
    groups: z
      .record(
        z.string().regex(/^[a-z][a-z0-9_-]{0,31}:.+$/, 'platform:chatId'),
        z
          .object(
            Object.fromEntries(JOB_KEYS.map((k) => [k, jobOverrideSchema.optional()])) as Record<
              JobKey,
              z.ZodOptional<typeof jobOverrideSchema>
            >,
          )
          .strict(),
      )
      .default({}),
  })
  .strict();

export type ScheduleConfig = z.output<typeof scheduleConfigSchema>;
export type JobSettings = z.output<typeof jobSchema>;

/**
 * Reads `config/schedule.yaml`: defaults for every group, holidays, the school year,
 * and per-group differences. Every problem is reported at once with its path.
 */
export function loadScheduleConfig(configDir: string): ScheduleConfig {
  return loadYamlFile(configDir, 'schedule.yaml', scheduleConfigSchema);
}

export function parseScheduleConfig(text: string, file: string): ScheduleConfig {
  return parseYamlFile(text, file, scheduleConfigSchema);
}

/** A job's settings for one group: the defaults with that group's differences applied. */
export function jobSettingsFor(
  config: ScheduleConfig,
  job: JobKey,
  group: { platform: string; chatId: string },
): JobSettings {
  const override = config.groups[`${group.platform}:${group.chatId}`]?.[job];
  return { ...config.jobs[job], ...override };
}

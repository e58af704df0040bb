import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { LANGUAGES } from '../../src/core/categories.js';
import { ConfigError } from '../../src/core/config-error.js';
import { ROLES } from '../../src/core/message.js';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export const consoleMemberSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    role: z.enum(ROLES).default('parent'),
    admin: z.boolean().default(false),
    /** The supervisor is usually not in the class group, but can be reached privately. */
    inGroup: z.boolean().default(true),
    /** False: like Telegram before the user pressed Start, private messages fail until they write privately. */
    privateChatOpen: z.boolean().default(true),
  })
  .strict();

/**
 * The demo class group: who is in it, with which role, and what the bot may do.
 * `config/console-roster.yaml` by default; a test or a school trying things out can
 * pass another file.
 */
export const consoleRosterSchema = z
  .object({
    group: z
      .object({
        chatId: z.string().regex(/^[\w-]{1,64}$/),
        className: z.string().trim().min(1).max(100),
        school: z.string().trim().min(1).max(200),
        type: z.enum(['parents', 'pupils', 'staff']),
        language: z.enum(LANGUAGES),
        timeZone: z.string().default('Europe/Amsterdam'),
        lessonHours: z
          .array(
            z
              .object({
                weekday: z.int().min(1).max(7),
                from: z.string().regex(HHMM),
                to: z.string().regex(HHMM),
              })
              .strict(),
          )
          .default([]),
      })
      .strict(),
    bot: z
      .object({ canDelete: z.boolean().default(true), canMute: z.boolean().default(true) })
      .strict()
      .default({
        canDelete: true,
        canMute: true,
      }),
    members: z
      .array(consoleMemberSchema)
      .min(1)
      .refine((m) => new Set(m.map((x) => memberId(x.name))).size === m.length, {
        message: 'two members have the same name',
      }),
  })
  .strict();

export type ConsoleRoster = z.output<typeof consoleRosterSchema>;
export type ConsoleMember = z.output<typeof consoleMemberSchema>;

/** A member's console user id: their name in lower case with dashes (`Juf Marieke` -> `juf-marieke`). */
export function memberId(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'lid'
  );
}

/** Reads and validates a roster file; problems name the file and the path. */
export function loadConsoleRoster(path: string, shown = path): ConsoleRoster {
  let doc: unknown;
  try {
    doc = parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ConfigError(`cannot read the roster (${(e as Error).message.split('\n')[0]})`, shown);
  }
  const result = consoleRosterSchema.safeParse(doc);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '),
    shown,
  );
}

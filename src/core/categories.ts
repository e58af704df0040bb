/**
 * The moderation vocabulary shared by every layer (see ../shared/CONTRACT.md, which
 * may only grow): categories, severities, targets and personal-data kinds. Kept as
 * `as const` arrays so that zod schemas, CLI validation and exhaustive switches all
 * derive from one list.
 */

/** Categories the text detectors raise. */
export const TEXT_CATEGORIES = [
  'bullying',
  'threat',
  'hate',
  'extremism',
  'self_harm',
  'sexual',
  'personal_data',
  'account_abuse',
  'discrediting',
  'profanity',
] as const;

/** Categories raised by the bot itself from events rather than text. */
export const EVENT_CATEGORIES = ['media_without_consent', 'lesson_time', 'derailing'] as const;

export const CATEGORIES = [...TEXT_CATEGORIES, ...EVENT_CATEGORIES] as const;

export type TextCategory = (typeof TEXT_CATEGORIES)[number];
export type EventCategory = (typeof EVENT_CATEGORIES)[number];
export type Category = (typeof CATEGORIES)[number];

/** In order of urgency; `critical` means teacher and supervisor at once. */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Who or what a finding is about; `teacher` routes alerts to the supervisor instead. */
export const TARGETS = ['self', 'person', 'group', 'school', 'teacher'] as const;
export type Target = (typeof TARGETS)[number];

/** The `kind` every `personal_data` finding carries. */
export const PERSONAL_DATA_KINDS = [
  'phone',
  'email',
  'postal_address',
  'postcode',
  'bsn',
  'iban',
  'date_of_birth',
  'licence_plate',
  'credit_card',
  'health',
] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** Languages the bot speaks and the detectors know. Dutch first. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

export function severityRank(s: Severity): number {
  return RANK[s];
}

export function maxSeverity(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

/** One step up (or down, with a negative step), clamped to the scale. */
export function shiftSeverity(s: Severity, steps: number): Severity {
  const i = Math.min(SEVERITIES.length - 1, Math.max(0, RANK[s] + steps));
  return SEVERITIES[i] as Severity;
}

export function isCategory(x: unknown): x is Category {
  return typeof x === 'string' && (CATEGORIES as readonly string[]).includes(x);
}

export function isLanguage(x: unknown): x is Language {
  return x === 'nl' || x === 'en';
}

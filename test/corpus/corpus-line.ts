import { z } from 'zod';
import {
  LANGUAGES,
  PERSONAL_DATA_KINDS,
  type PersonalDataKind,
  SEVERITIES,
  type Severity,
  TARGETS,
  TEXT_CATEGORIES,
  type TextCategory,
} from '../../src/core/categories.js';

/**
 * One labelled message of the evaluation corpus (see README.md for the labelling guide).
 * The schema encodes the severity rules of the guide, so that a line labelled against
 * the rules fails the schema test instead of silently skewing the scores.
 */

export const GROUPS = ['parents', 'pupils', 'staff'] as const;
export type Group = (typeof GROUPS)[number];

/** Severities a label of each category may carry (README, "Severities"). */
export const ALLOWED_SEVERITIES: Record<TextCategory, readonly Severity[]> = {
  bullying: ['medium', 'high'],
  threat: ['high', 'critical'],
  hate: ['high'],
  extremism: ['high'],
  self_harm: ['high', 'critical'],
  sexual: ['medium', 'high', 'critical'],
  personal_data: ['medium', 'high'],
  account_abuse: ['medium', 'high'],
  discrediting: ['medium', 'high'],
  profanity: ['low'],
};

const HIGH_KINDS: readonly PersonalDataKind[] = ['bsn', 'iban', 'credit_card'];

export const labelSchema = z
  .object({
    category: z.enum(TEXT_CATEGORIES),
    severity: z.enum(SEVERITIES),
    target: z.enum(TARGETS).optional(),
    kind: z.enum(PERSONAL_DATA_KINDS).optional(),
  })
  .strict()
  .superRefine((label, ctx) => {
    const problem = labelProblem(label);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export type CorpusLabel = z.infer<typeof labelSchema>;

export const corpusLineSchema = z
  .object({
    id: z.string().regex(/^(nl|en)-(dev|ho|train)-\d{4}$/),
    lang: z.enum(LANGUAGES),
    group: z.enum(GROUPS),
    text: z.string().min(1).max(600),
    labels: z.array(labelSchema),
    trap: z
      .string()
      .regex(/^[a-z]+(-[a-z]+)*$/)
      .optional(),
  })
  .strict()
  .superRefine((line, ctx) => {
    const cats = line.labels.map((l) => l.category);
    if (new Set(cats).size !== cats.length)
      ctx.addIssue({ code: 'custom', message: 'category labelled twice' });
    if (!line.id.startsWith(`${line.lang}-`))
      ctx.addIssue({ code: 'custom', message: 'id does not match lang' });
    if (line.text !== line.text.trim())
      ctx.addIssue({ code: 'custom', message: 'text has outer whitespace' });
    if (line.trap && line.labels.some((l) => l.severity !== 'low')) {
      ctx.addIssue({ code: 'custom', message: 'trap tag on a line expected to raise medium or higher' });
    }
  });

export type CorpusLine = z.infer<typeof corpusLineSchema>;

function labelProblem(label: {
  category: TextCategory;
  severity: Severity;
  target?: string | undefined;
  kind?: PersonalDataKind | undefined;
}): string | undefined {
  if (!ALLOWED_SEVERITIES[label.category].includes(label.severity)) {
    return `${label.category} may not be ${label.severity}`;
  }
  if (label.category !== 'personal_data') {
    return label.kind ? `kind on ${label.category}` : undefined;
  }
  if (!label.kind) return 'personal_data without kind';
  if (HIGH_KINDS.includes(label.kind))
    return label.severity === 'high' ? undefined : `${label.kind} must be high`;
  if (label.kind === 'health') {
    const expected = label.target === 'self' ? 'medium' : 'high';
    return label.severity === expected
      ? undefined
      : `health about ${label.target ?? 'someone'} must be ${expected}`;
  }
  return label.severity === 'medium' ? undefined : `${label.kind} must be medium`;
}

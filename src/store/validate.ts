import { z } from 'zod';
import { isPseudonym, type Pseudonym } from './pseudonym.js';
import { StoreError } from './store-error.js';

/** A pseudonym as the store accepts it: the HMAC's shape, never a raw platform id. */
export const pseudonymSchema = z.custom<Pseudonym>(isPseudonym, {
  message: 'expected a pseudonym (64 hex digits)',
});

/** A point in time; `Invalid Date` is refused rather than stored as NaN. */
export const dateSchema = z.date();

/** Who did something: a teacher/supervisor platform id, `cli:<user>` or `system`. */
export const actorSchema = z.string().trim().min(1).max(200);

export const idSchema = z.int().positive();

/** Free text the store keeps (names, rule ids): bounded so one bad caller cannot fill the disk. */
export const shortText = (max = 200) => z.string().trim().min(1).max(max);

/**
 * Validates what a caller hands the store. Both implementations run the same schemas
 * first, so they refuse the same inputs with the same error. The message lists paths
 * and zod's reasons only, never the offending values (they may be personal data).
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, operation: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new StoreError('constraint', operation, `invalid input: ${describeIssues(result.error)}`);
}

/**
 * Reads a stored row through its schema: a corrupt row (a hand-edited file, a bad JSON
 * column) becomes a `corrupt` StoreError naming the table and row id, not a TypeError
 * somewhere in the policy.
 */
export function parseRow<S extends z.ZodType>(
  schema: S,
  row: unknown,
  table: string,
  operation: string,
): z.output<S> {
  const result = schema.safeParse(row);
  if (result.success) return result.data;
  const id = rowId(row);
  throw new StoreError(
    'corrupt',
    operation,
    `corrupt row in ${table} (id ${id}): ${describeIssues(result.error)}`,
    {
      table,
      id,
    },
  );
}

/** Parses a JSON column text; a syntax error becomes a zod issue so parseRow reports it. */
export function jsonColumn<S extends z.ZodType>(schema: S) {
  return z.string().transform((text, ctx): z.output<S> => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not valid JSON' });
      return z.NEVER;
    }
    const inner = schema.safeParse(value);
    if (inner.success) return inner.data;
    for (const issue of inner.error.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path.map(String) });
    }
    return z.NEVER;
  });
}

/** Epoch milliseconds column to Date. */
export const msColumn = z.int().transform((ms) => new Date(ms));
export const optionalMsColumn = z
  .int()
  .nullable()
  .transform((ms) => (ms === null ? undefined : new Date(ms)));
export const optionalTextColumn = z
  .string()
  .nullable()
  .transform((s) => (s === null ? undefined : s));

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

function rowId(row: unknown): string | number {
  if (typeof row === 'object' && row !== null && 'id' in row) {
    const id = (row as { id: unknown }).id;
    if (typeof id === 'number' || typeof id === 'string') return id;
  }
  return '?';
}

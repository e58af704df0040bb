import { createHash } from 'node:crypto';
import { z } from 'zod';
import { actorSchema, dateSchema, idSchema } from './validate.js';

/** What a code links: a supervisor to the group whose teacher created it (B3/B4). */
export const LINK_CODE_PURPOSES = ['supervisor'] as const;
export type LinkCodePurpose = (typeof LINK_CODE_PURPOSES)[number];

/** Trimmed on both sides of the round trip, so a pasted code with a stray space still works. */
const codeSchema = z.string().trim().min(6).max(200);

export const newLinkCodeSchema = z
  .object({
    groupId: idSchema,
    /** The plain code; only its hash is stored. */
    code: codeSchema,
    purpose: z.enum(LINK_CODE_PURPOSES),
    createdBy: actorSchema,
    createdAt: dateSchema,
    expiresAt: dateSchema,
  })
  .refine((c) => c.expiresAt > c.createdAt, { message: 'must expire after creation', path: ['expiresAt'] });
export type NewLinkCode = z.input<typeof newLinkCodeSchema>;

export const consumeLinkCodeArgs = z.tuple([codeSchema, actorSchema, dateSchema]);

export type LinkCodeResult =
  | {
      readonly ok: true;
      readonly groupId: number;
      readonly purpose: LinkCodePurpose;
      readonly createdBy: string;
    }
  | { readonly ok: false; readonly reason: 'unknown' | 'expired' | 'used' };

export interface LinkCodeRepo {
  /** Stores the code's hash and expiry; the plain code never reaches the file. */
  create(code: NewLinkCode): void;
  /**
   * Succeeds once, before expiry; every later or late attempt is refused with a reason.
   * `by` is whoever presented the code (the supervisor's platform id), for the audit.
   */
  consume(code: string, by: string, now: Date): LinkCodeResult;
}

/**
 * SHA-256 of the code: keeps the code itself out of the file, its backups and exports.
 * A hash does not stop brute force of a short code; that is what single use and an
 * expiry of minutes are for.
 */
export function hashLinkCode(code: string): string {
  return createHash('sha256').update(code, 'utf8').digest('hex');
}

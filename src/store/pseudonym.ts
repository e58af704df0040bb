import { createHmac } from 'node:crypto';

declare const pseudonymBrand: unique symbol;

/**
 * A member's stored identity: HMAC-SHA256 over platform and user id with a secret the
 * operator keeps outside the database. The brand makes it a type error to hand the
 * store a raw platform id where a pseudonym belongs; the store also checks the shape at
 * run time, so a raw id cannot slip in through a cast either.
 */
export type Pseudonym = string & { readonly [pseudonymBrand]: true };

/** Shorter secrets make the HMAC guessable for the small space of platform user ids. */
export const MIN_SECRET_BYTES = 16;

const SHAPE = /^[0-9a-f]{64}$/;

/**
 * Binds the secret once (checked at start-up, not on the first message) and returns
 * the function the pipeline calls per author. The secret is passed in; nothing here
 * reads the environment.
 */
export function createPseudonymiser(
  secret: string | Uint8Array,
): (platform: string, userId: string) => Pseudonym {
  const key = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret);
  if (key.length < MIN_SECRET_BYTES) {
    throw new RangeError(`pseudonym secret must be at least ${MIN_SECRET_BYTES} bytes, got ${key.length}`);
  }
  return (platform, userId) => {
    if (platform === '' || userId === '')
      throw new RangeError('pseudonymise: platform and user id must be non-empty');
    // NUL cannot occur in either part, so ('ab', 'c') and ('a', 'bc') never collide.
    const digest = createHmac('sha256', key).update(`${platform}\u0000${userId}`, 'utf8').digest('hex');
    return digest as Pseudonym;
  };
}

/** One-shot form of {@link createPseudonymiser}. */
export function pseudonymise(secret: string | Uint8Array, platform: string, userId: string): Pseudonym {
  return createPseudonymiser(secret)(platform, userId);
}

export function isPseudonym(x: unknown): x is Pseudonym {
  return typeof x === 'string' && SHAPE.test(x);
}

/** For pseudonyms typed by an operator (`klaswacht forget <pseudonym>`): undefined if malformed. */
export function parsePseudonym(x: string): Pseudonym | undefined {
  const s = x.trim().toLowerCase();
  return isPseudonym(s) ? s : undefined;
}

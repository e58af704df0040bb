/**
 * The hashing behind the model's features: 32-bit FNV-1a over UTF-16 units, finished by
 * MurmurHash3's mixer so that the low bits (the bucket) are well spread. Integer maths
 * only (`Math.imul`), so training and the bot compute the very same buckets on every
 * platform.
 */

export const FNV_OFFSET = 0x811c9dc5;

/** One FNV-1a step: fold a UTF-16 unit into the running hash. */
export function fnvStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193) >>> 0;
}

/** MurmurHash3's 32-bit finaliser. */
export function mix32(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Two hashes in order (`a b` differs from `b a`), salted by the feature family. */
export function pairHash(a: number, b: number, salt: number): number {
  return mix32((Math.imul(a, 0x9e3779b1) + b + salt) >>> 0);
}

/** FNV-1a of a whole string (probes, settings, payload checks). */
export function hashString(s: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return mix32(h);
}

/** The same over bytes (the model file's payload checksum). */
export function hashBytes(bytes: Uint8Array, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < bytes.length; i++) h = fnvStep(h, bytes[i] as number);
  return mix32(h);
}

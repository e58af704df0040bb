import { CONFUSABLES } from './confusables.js';

/**
 * Folding of one code point to what a reader would recognise: NFKC (full-width,
 * mathematical and circled letters, ligatures), lower case, no diacritics, look-alike
 * letters mapped, invisible and control characters dropped, any space or line break
 * made a plain space. Done per code point so every output character keeps the
 * position of the character it came from; cached because chat text repeats.
 */

const INVISIBLE = /^(?:[\p{Cf}\p{Cc}\p{Cs}\p{Co}\p{Cn}]|\p{M}|\p{Emoji_Modifier})$/u;
const SPACE = /^[\s\p{Zs}\p{Zl}\p{Zp}]$/u;
const MARKS = /\p{M}/gu;

const cache = new Map<number, string>();

function foldOnce(s: string): string {
  let out = '';
  for (const ch of s) {
    if (SPACE.test(ch)) {
      out += ' ';
      continue;
    }
    if (INVISIBLE.test(ch)) continue;
    const lower = ch.normalize('NFKC').toLowerCase().normalize('NFD').replace(MARKS, '');
    for (const c of lower) {
      const mapped = CONFUSABLES.get(c.codePointAt(0) as number);
      out += mapped ?? c;
    }
  }
  return out;
}

function computeFold(cp: number): string {
  // Folding to a fixpoint guarantees that normalising twice changes nothing.
  let s = String.fromCodePoint(cp);
  for (let i = 0; i < 4; i++) {
    const next = foldOnce(s);
    if (next === s) return s;
    s = next;
  }
  return s;
}

/** The folded form of one code point (possibly empty, possibly several characters). */
export function foldCodePoint(cp: number): string {
  // ASCII fast path: the hot case in chat text.
  if (cp < 0x80) {
    if (cp >= 0x41 && cp <= 0x5a) return String.fromCharCode(cp + 32);
    if (cp >= 0x20 && cp !== 0x7f) return String.fromCharCode(cp);
    return cp === 0x09 || cp === 0x0a || cp === 0x0b || cp === 0x0c || cp === 0x0d ? ' ' : '';
  }
  let hit = cache.get(cp);
  if (hit === undefined) {
    hit = computeFold(cp);
    if (cache.size < 50_000) cache.set(cp, hit);
  }
  return hit;
}

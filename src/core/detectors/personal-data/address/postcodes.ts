import type { MessageScan } from '../scan/message-scan.js';

/** A Dutch postcode as written in `text.plain` (`1234 ab`, `3011xb`). */
export interface PostcodeMatch {
  /** Span in `text.plain`. */
  readonly start: number;
  readonly end: number;
  readonly letters: string;
  /** A space between digits and letters. */
  readonly spaced: boolean;
  /** The letters were written as capitals in a message that is not shouting. */
  readonly capitals: boolean;
}

const POSTCODE = /(?<![0-9a-z])[1-9][0-9]{3} ?[a-z]{2}(?![0-9a-z])/g;
/** Letter pairs PostNL never issues. */
const NEVER = new Set(['sa', 'sd', 'ss']);
/** Units after a number (`1000 km`, `500MG`): never a postcode, whatever the case. */
const UNITS = new Set(
  'km kg mg ml cm mm dl cl gb mb tb kb pk kw hp ps pp uu st ct hr am pm th nd rd eu cc ms'.split(' '),
);
const CACHE = new WeakMap<MessageScan, PostcodeMatch[]>();

function isUpper(c: string | undefined): boolean {
  return c !== undefined && c !== c.toLowerCase();
}

/** Whether most letters of the message are capitals (then capitals say nothing). */
function isShouting(original: string): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < original.length && letters < 400; i++) {
    const c = original[i] as string;
    if (c.toLowerCase() !== c) {
      upper++;
      letters++;
    } else if (c.toUpperCase() !== c) {
      letters++;
    }
  }
  return letters > 0 && upper / letters > 0.6;
}

/**
 * Every postcode-shaped stretch of the message (four digits, not starting with 0, and two
 * letters that can occur), found once and shared by the postcode and address recognisers.
 */
export function postcodesOf(scan: MessageScan): PostcodeMatch[] {
  const cached = CACHE.get(scan);
  if (cached) return cached;
  const found: PostcodeMatch[] = [];
  if (scan.hasDigit) {
    const s = scan.plain;
    let shouting: boolean | undefined;
    POSTCODE.lastIndex = 0;
    for (let m = POSTCODE.exec(s); m; m = POSTCODE.exec(s)) {
      const end = m.index + m[0].length;
      const letters = s.slice(end - 2, end);
      if (NEVER.has(letters) || UNITS.has(letters)) continue;
      const o1 = scan.text.plain.toOriginal(end - 2);
      const o2 = scan.text.plain.toOriginal(end - 1);
      let capitals = isUpper(scan.original[o1]) && isUpper(scan.original[o2]);
      if (capitals) {
        shouting ??= isShouting(scan.original);
        capitals = !shouting;
      }
      found.push({ start: m.index, end, letters, spaced: m[0].length === 7, capitals });
    }
  }
  CACHE.set(scan, found);
  return found;
}

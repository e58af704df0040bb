import type { MessageScan } from '../scan/message-scan.js';
import { type DigitGroup, isDigitAt, isLetterAt } from '../scan/number-runs.js';

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

/** Letter pairs PostNL never issues. */
const NEVER = new Set(['sa', 'sd', 'ss']);
/** Units after a number (`1000 km`, `500MG`): never a postcode, whatever the case. */
const UNITS = new Set(
  'km kg mg ml cm mm dl cl gb mb tb kb pk kw hp ps pp uu st ct hr am pm th nd rd eu cc ms'.split(' '),
);

function isLower(c: string | undefined): boolean {
  return c !== undefined && c >= 'a' && c <= 'z';
}

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
 * letters that can occur), found once from the number runs and shared by the postcode
 * and address recognisers.
 */
export function postcodesOf(scan: MessageScan): PostcodeMatch[] {
  const cached = scan.postcodeCache;
  if (cached) return cached;
  const found: PostcodeMatch[] = [];
  const s = scan.plain;
  let shouting: boolean | undefined;
  for (const run of scan.runs()) {
    const g = run.groups[run.groups.length - 1] as DigitGroup;
    if (g.spelled || g.digits.length !== 4 || g.digits[0] === '0') continue;
    if (run.groups.length === 1 && (run.gluedBefore || run.plus)) continue;
    const spaced = s[g.end] === ' ';
    const at = spaced ? g.end + 1 : g.end;
    if (!isLower(s[at]) || !isLower(s[at + 1]) || isLetterAt(s, at + 2) || isDigitAt(s, at + 2)) continue;
    const letters = s.slice(at, at + 2);
    if (NEVER.has(letters) || UNITS.has(letters)) continue;
    const o1 = scan.text.plain.toOriginal(at);
    const o2 = scan.text.plain.toOriginal(at + 1);
    let capitals = isUpper(scan.original[o1]) && isUpper(scan.original[o2]);
    if (capitals) {
      shouting ??= isShouting(scan.original);
      capitals = !shouting;
    }
    found.push({ start: g.start, end: at + 2, letters, spaced, capitals });
  }
  scan.postcodeCache = found;
  return found;
}

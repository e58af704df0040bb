import { MONTHS } from './months.js';

/** A calendar date found in `text.plain`; `year` is absent for `4 juni`. */
export interface DateHit {
  readonly start: number;
  readonly end: number;
  readonly day: number;
  readonly month: number;
  readonly year?: number;
}

const NUMERIC = /([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})(?![0-9])/y;
const ISO = /([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])/y;
const DAY_MONTH =
  /([0-9]{1,2})(?:e|ste|de|st|nd|rd|th)?\.? (?:of )?([a-z]{3,9})\.?(?:,? ([0-9]{4}))?(?![0-9a-z])/y;
const MONTH_DAY = /([a-z]{3,9})\.? ([0-9]{1,2})(?:st|nd|rd|th)?(?:,? ([0-9]{4}))?(?![0-9a-z])/y;

function daysIn(month: number, year: number | undefined): number {
  if (month === 2)
    return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n <= 30 ? 2000 + n : 1900 + n) : n;
}

function make(start: number, end: number, day: number, month: number, year?: string): DateHit | undefined {
  const y = year === undefined ? undefined : fullYear(year);
  if (y !== undefined && (y < 1900 || y > 2099)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, y)) return undefined;
  return y === undefined ? { start, end, day, month } : { start, end, day, month, year: y };
}

function sticky(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

/**
 * The date that starts exactly at `i` of `plain`, in any usual writing: `03-11-2014`,
 * `3/11/14`, `2014-11-03`, `3 mei 2016`, `17 februari 2013`, `4 juni`, `May 3rd, 2016`,
 * `3rd of May 2016`. Every pattern is anchored (sticky) with bounded repeats, so a
 * look costs a constant; the caller only looks near birth words.
 */
export function dateAt(s: string, i: number): DateHit | undefined {
  let m = sticky(ISO, s, i);
  if (m) return make(i, i + m[0].length, Number(m[3]), Number(m[2]), m[1]);
  m = sticky(NUMERIC, s, i);
  if (m) return make(i, i + m[0].length, Number(m[1]), Number(m[3]), m[4]);
  m = sticky(DAY_MONTH, s, i);
  if (m) {
    const month = MONTHS.get(m[2] as string);
    if (month !== undefined) return make(i, i + m[0].length, Number(m[1]), month, m[3]);
  }
  m = sticky(MONTH_DAY, s, i);
  if (m) {
    const month = MONTHS.get(m[1] as string);
    if (month !== undefined) return make(i, i + m[0].length, Number(m[2]), month, m[3]);
  }
  return undefined;
}

/** The first date starting in `[from, to)` of `plain` at a word start. */
export function firstDateIn(s: string, from: number, to: number): DateHit | undefined {
  for (let i = Math.max(0, from); i < Math.min(to, s.length); i++) {
    if (i > 0 && /[a-z0-9]/.test(s[i - 1] as string)) continue;
    if (!/[a-z0-9]/.test(s[i] as string)) continue;
    const hit = dateAt(s, i);
    if (hit) return hit;
  }
  return undefined;
}

import { spelledDigitsBefore } from './spelled-digits.js';

/** One group of digits inside a written number (`06`, `1234`, `5678` of `06-1234 5678`). */
export interface DigitGroup {
  /** Span in `text.plain`. */
  readonly start: number;
  readonly end: number;
  readonly digits: string;
  /** What separates it from the previous group (`''` for the first). */
  readonly sep: string;
  /** Written as words (`nul zes`), not as digits. */
  readonly spelled: boolean;
}

/**
 * A stretch of digit groups joined by short separators (spaces, dashes, dots, slashes,
 * brackets, commas): the raw material of every numeric recogniser. Which groups belong
 * together (a phone number, a date, two numbers side by side) is for the recogniser to
 * decide against its validator.
 */
export interface NumberRun {
  readonly groups: readonly DigitGroup[];
  /** A `+` stands right before the first group. */
  readonly plus: boolean;
  /** Span in `text.plain`, the `+` included. */
  readonly start: number;
  readonly end: number;
  /** Digits in all groups together. */
  readonly digitCount: number;
  /** A letter touches the run on the left (`nl91abna0417...`) or right (`12a`, `3sabc123`). */
  readonly gluedBefore: boolean;
  readonly gluedAfter: boolean;
}

const MAX_SEP = 3;
const SEPARATORS = new Set([
  ' ',
  '-',
  '.',
  '/',
  '(',
  ')',
  ',',
  '\t',
  '\u2010',
  '\u2011',
  '\u2012',
  '\u2013',
  '\u2014',
]);
const LETTER = /\p{L}/u;

export function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

export function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return LETTER.test(s[i] as string);
}

/** Every number run of `plain`, in one linear pass. */
export function findNumberRuns(plain: string): NumberRun[] {
  const runs: NumberRun[] = [];
  const n = plain.length;
  let i = 0;
  while (i < n) {
    if (!isDigitAt(plain, i)) {
      i++;
      continue;
    }
    const spelled = spelledDigitsBefore(plain, i, runs.length ? (runs[runs.length - 1] as NumberRun).end : 0);
    const groups: DigitGroup[] = [...spelled];
    let j = i;
    let sep = spelled.length ? plain.slice((spelled[spelled.length - 1] as DigitGroup).end, i) : '';
    for (;;) {
      let k = j;
      while (k < n && isDigitAt(plain, k)) k++;
      groups.push({ start: j, end: k, digits: plain.slice(j, k), sep, spelled: false });
      let s = k;
      while (s < n && s - k < MAX_SEP && SEPARATORS.has(plain[s] as string)) s++;
      if (s === k || s >= n || !isDigitAt(plain, s)) {
        j = k;
        break;
      }
      sep = plain.slice(k, s);
      j = s;
    }
    const first = groups[0] as DigitGroup;
    const plus = !first.spelled && plain[first.start - 1] === '+';
    const start = plus ? first.start - 1 : first.start;
    let digitCount = 0;
    for (const g of groups) digitCount += g.digits.length;
    runs.push({
      groups,
      digitCount,
      plus,
      start,
      end: j,
      gluedBefore: isLetterAt(plain, start - 1),
      gluedAfter: isLetterAt(plain, j),
    });
    i = j;
  }
  return runs;
}

/** The groups `[from, to]` of a run as the digits they spell. */
export function digitsOf(groups: readonly DigitGroup[], from: number, to: number): string {
  let d = '';
  for (let g = from; g <= to; g++) d += (groups[g] as DigitGroup).digits;
  return d;
}

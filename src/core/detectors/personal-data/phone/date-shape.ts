import type { DigitGroup } from '../scan/number-runs.js';

function inRange(digits: string, lo: number, hi: number, maxLen: number): boolean {
  if (digits.length > maxLen) return false;
  const n = Number(digits);
  return n >= lo && n <= hi;
}

/**
 * Whether groups `i..j` start with a date (`01-02-2015`, `1/2/15`), so that a date and a
 * time after it (`01-02-2015 12`) are never read as a Rotterdam number. Phone numbers
 * are not written as day-month-year: a four-digit year, or two digits after a slash or
 * dot with no fourth pair after it (`06.12.34.56.78` is a phone number), decide it.
 */
export function looksLikeDate(g: readonly DigitGroup[], i: number, j: number): boolean {
  if (j < i + 2) return false;
  const [d, m, y] = [g[i], g[i + 1], g[i + 2]] as [DigitGroup, DigitGroup, DigitGroup];
  if (m.sep !== y.sep || !/^[-/.]$/.test(m.sep)) return false;
  if (!inRange(d.digits, 1, 31, 2) || !inRange(m.digits, 1, 12, 2)) return false;
  if (y.digits.length === 4) return /^(19|20)/.test(y.digits);
  const more = g[i + 3]?.sep === y.sep; // `06.12.34.56.78`: dotted pairs go on, a date stops
  return y.digits.length === 2 && m.sep !== '-' && !more;
}

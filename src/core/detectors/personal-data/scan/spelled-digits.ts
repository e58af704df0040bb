import type { DigitGroup } from './number-runs.js';

/**
 * Digits written as words in front of a number (`nul zes, 71 44 80 23`, `zero six 12...`):
 * a common way to slip a phone number past a filter. Only a prefix of a run of real
 * digits counts, so ordinary words (`een`, `one`) never make a number on their own.
 */
const WORDS: Readonly<Record<string, string>> = {
  nul: '0',
  een: '1',
  twee: '2',
  drie: '3',
  vier: '4',
  vijf: '5',
  zes: '6',
  zeven: '7',
  acht: '8',
  negen: '9',
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const MAX_WORDS = 8;
const MAX_SEP = 3;
const SEP = /[ ,\-.]/;

function isLower(c: string | undefined): boolean {
  return c !== undefined && c >= 'a' && c <= 'z';
}

/**
 * Spelled digit groups ending right before `pos` (separated from it and from each other
 * by at most three separator characters), never reaching back past `floor`.
 */
export function spelledDigitsBefore(plain: string, pos: number, floor: number): DigitGroup[] {
  const found: DigitGroup[] = [];
  let end = pos;
  for (let w = 0; w < MAX_WORDS; w++) {
    let s = end;
    while (s > floor && end - s < MAX_SEP && SEP.test(plain[s - 1] as string)) s--;
    if (s === end) break;
    let b = s;
    while (b > floor && s - b < 5 && isLower(plain[b - 1])) b--;
    if (isLower(plain[b - 1])) break;
    const digit = WORDS[plain.slice(b, s)];
    if (digit === undefined) break;
    found.push({ start: b, end: s, digits: digit, sep: '', spelled: true });
    end = b;
  }
  found.reverse();
  return found.map((g, i) =>
    i === 0 ? g : { ...g, sep: plain.slice((found[i - 1] as DigitGroup).end, g.start) },
  );
}

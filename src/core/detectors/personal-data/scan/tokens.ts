/**
 * One word of `text.value`, with contractions spelled out (`she's` -> `she` + `is`,
 * `m'n` -> `mijn`, `doesn't` -> `does` + `not`) so that lexicons list full words only.
 * Spelled-out parts share the span of the word they came from.
 */
export interface Token {
  readonly word: string;
  /** Span in `text.value`. */
  readonly start: number;
  readonly end: number;
  /** A sentence or clause break (`.` `!` `?` `;` `:` newline) stands between this word and the previous one. */
  readonly breakBefore: boolean;
  /** A comma or bracket stands between this word and the previous one. */
  readonly commaBefore: boolean;
}

const WHOLE: Readonly<Record<string, readonly string[]>> = {
  "m'n": ['mijn'],
  "z'n": ['zijn'],
  "d'r": ['haar'],
  "can't": ['can', 'not'],
  "won't": ['will', 'not'],
};
const SUFFIXES: readonly (readonly [string, string])[] = [
  ["n't", 'not'],
  ["'s", 'is'],
  ["'m", 'am'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'d", 'had'],
  ["'ll", 'will'],
];

const LETTER = /\p{L}/u;

function isWordUnit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  return LETTER.test(s[i] as string);
}

function isApostrophe(c: string | undefined): boolean {
  return c === "'" || c === '\u2019';
}

const BREAKS = '.!?;:\n';
const COMMAS = ',()[]';

/** Split `value` into words in one linear pass. */
export function tokenise(value: string): Token[] {
  const tokens: Token[] = [];
  let breakBefore = true;
  let commaBefore = false;
  let i = 0;
  while (i < value.length) {
    if (!isWordUnit(value, i)) {
      const c = value[i] as string;
      if (BREAKS.includes(c)) breakBefore = true;
      else if (COMMAS.includes(c)) commaBefore = true;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < value.length) {
      if (isWordUnit(value, j)) j++;
      else if (isApostrophe(value[j]) && j + 1 < value.length && isWordUnit(value, j + 1)) j += 2;
      else break;
    }
    const raw = value.slice(i, j).replace(/\u2019/g, "'");
    for (const word of expand(raw)) {
      tokens.push({ word, start: i, end: j, breakBefore, commaBefore });
      breakBefore = false;
      commaBefore = false;
    }
    i = j;
  }
  return tokens;
}

function expand(raw: string): readonly string[] {
  if (!raw.includes("'")) return [raw];
  const whole = WHOLE[raw];
  if (whole) return whole;
  for (const [suffix, word] of SUFFIXES) {
    if (raw.length > suffix.length && raw.endsWith(suffix)) return [raw.slice(0, -suffix.length), word];
  }
  return [raw.replace(/'/g, '')];
}

/** Index of the first token that ends after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

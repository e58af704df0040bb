import { endOf, type MappedText, MappedTextBuilder, startOf } from '../mapped-text.js';

/** Digits and symbols that stand in for letters (`l0s3r`, `k4nker`, `h0m0`, `$hit`). */
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};
/** Symbols that are punctuation far more often than letters: only between two letters. */
const ONLY_BETWEEN = new Set(['!', '|', '@', '$']);

const HINT = /[a-z](?:[013457]|[@$!|][a-z])/;

function isLetter(c: string | undefined): boolean {
  return c !== undefined && c >= 'a' && c <= 'z';
}

function isTokenChar(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c in LEET);
}

/**
 * Undo leetspeak inside words only: a token must hold at least two letters, a digit
 * (or a run of them, `h00r`) changes only right after a letter, and a symbol only
 * between two letters (`k!nd`, but `loser!` keeps its `!`). Pure numbers
 * (`06-12345678`, `10:30`), ordinals (`1e`, `3b`) and prices stay as they are.
 */
export function undoLeetspeak(m: MappedText): MappedText {
  const t = m.text;
  if (!HINT.test(t)) return m;
  const out = new MappedTextBuilder();
  let changed = false;
  let i = 0;
  while (i < t.length) {
    if (!isTokenChar(t[i])) {
      out.copy(m, i);
      i++;
      continue;
    }
    let j = i;
    let letters = 0;
    while (j < t.length && isTokenChar(t[j])) {
      if (isLetter(t[j])) letters++;
      j++;
    }
    // `prev` is what the previous unit became: a letter, or a digit we turned into one.
    let prev: string | undefined;
    for (let k = i; k < j; k++) {
      const c = t[k] as string;
      const sub = letters >= 2 ? LEET[c] : undefined;
      const replace =
        sub !== undefined && (ONLY_BETWEEN.has(c) ? isLetter(prev) && isLetter(t[k + 1]) : isLetter(prev));
      if (replace) {
        out.push(sub, startOf(m, k), endOf(m, k));
        changed = true;
        prev = sub;
      } else {
        out.copy(m, k);
        prev = c;
      }
    }
    i = j;
  }
  return changed ? out.build(m.originalLength) : m;
}

import { type MappedText, MappedTextBuilder } from '../mapped-text.js';

const SEPARATOR_CHARS = ' .-_*/+~';
const HINT = /(?:^|[^a-z0-9])[a-z0-9][ .\-_*/+~]{1,2}[a-z0-9][ .\-_*/+~]{1,2}[a-z0-9](?![a-z0-9])/;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
}
function isLetter(c: string | undefined): boolean {
  return c !== undefined && c >= 'a' && c <= 'z';
}
function isSeparator(c: string | undefined): boolean {
  return c !== undefined && SEPARATOR_CHARS.includes(c);
}

/**
 * Letters split by spaces, dots or dashes become one word again (`k a n k e r`,
 * `k.u.t`, `l-o-s-e-r`): at least three single characters, at least two of them
 * letters, separated by the same one- or two-character separator each time. Initials
 * and abbreviations (`J.P. de Vries`, `i.v.m.`) join harmlessly; words of two or more
 * letters never do.
 */
export function joinSplitLetters(m: MappedText): MappedText {
  const t = m.text;
  if (!HINT.test(t)) return m;
  const out = new MappedTextBuilder();
  let changed = false;
  let i = 0;
  while (i < t.length) {
    const run = singleRunAt(t, i);
    if (run === null) {
      out.copy(m, i);
      i++;
      continue;
    }
    if (run.join) {
      for (const k of run.chars) out.copy(m, k);
      changed = true;
    } else {
      // Too few letters (`1 2 3`): keep it, and do not rescan from inside it (linear time).
      for (let k = i; k < run.end; k++) out.copy(m, k);
    }
    i = run.end;
  }
  return changed ? out.build(m.originalLength) : m;
}

/** A maximal run of single characters starting at `i` (joinable or not), or null. */
function singleRunAt(t: string, i: number): { chars: number[]; end: number; join: boolean } | null {
  if (!isWordChar(t[i]) || isWordChar(t[i - 1]) || isWordChar(t[i + 1])) return null;
  const sepStart = i + 1;
  let sepEnd = sepStart;
  while (sepEnd < t.length && sepEnd - sepStart < 2 && isSeparator(t[sepEnd])) sepEnd++;
  const sep = t.slice(sepStart, sepEnd);
  if (sep.length === 0) return null;
  const chars = [i];
  let k = i;
  while (
    t.startsWith(sep, k + 1) &&
    isWordChar(t[k + 1 + sep.length]) &&
    !isWordChar(t[k + 2 + sep.length]) &&
    !isSeparatorContinuation(t, k + 1, sep)
  ) {
    k = k + 1 + sep.length;
    chars.push(k);
  }
  if (chars.length < 3) return null;
  let letters = 0;
  for (const c of chars) if (isLetter(t[c])) letters++;
  return { chars, end: k + 1, join: letters >= 2 };
}

/** The separator at `at` is longer than `sep` (e.g. `sep` is "." but the text has ". "). */
function isSeparatorContinuation(t: string, at: number, sep: string): boolean {
  return sep.length === 1 && isSeparator(t[at + 1]);
}

import { endOf, type MappedText, MappedTextBuilder, startOf } from '../mapped-text.js';

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
 * letters, separated by the same one- or two-character separator each time (with single
 * spaces, a double space marks the end of a spelled-out word: `i k  g a` -> `ik ga`). Initials
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
      for (const k of run.chars) {
        // A double space between spelled-out words (`i k  g a`) stays one word break.
        if (run.breaks.has(k)) out.push(' ', startOf(m, k - 2), endOf(m, k - 1));
        out.copy(m, k);
      }
      changed = true;
    } else {
      // Too few letters (`1 2 3`): keep it, and do not rescan from inside it (linear time).
      for (let k = i; k < run.end; k++) out.copy(m, k);
    }
    i = run.end;
  }
  return changed ? out.build(m.originalLength) : m;
}

interface SingleRun {
  readonly chars: number[];
  /** Characters preceded by a double space: a word break inside a spelled-out sentence. */
  readonly breaks: Set<number>;
  readonly end: number;
  readonly join: boolean;
}

/** A maximal run of single characters starting at `i` (joinable or not), or null. */
function singleRunAt(t: string, i: number): SingleRun | null {
  if (!isWordChar(t[i]) || isWordChar(t[i - 1]) || isWordChar(t[i + 1])) return null;
  const sepStart = i + 1;
  let sepEnd = sepStart;
  while (sepEnd < t.length && sepEnd - sepStart < 2 && isSeparator(t[sepEnd])) sepEnd++;
  const sep = t.slice(sepStart, sepEnd);
  if (sep.length === 0) return null;
  const chars = [i];
  const breaks = new Set<number>();
  let k = i;
  for (;;) {
    if (
      t.startsWith(sep, k + 1) &&
      isWordChar(t[k + 1 + sep.length]) &&
      !isWordChar(t[k + 2 + sep.length]) &&
      !isSeparatorContinuation(t, k + 1, sep)
    ) {
      k = k + 1 + sep.length;
    } else if (sep === ' ' && t.startsWith('  ', k + 1) && isWordChar(t[k + 3]) && !isWordChar(t[k + 4])) {
      k += 3;
      breaks.add(k);
    } else break;
    chars.push(k);
  }
  if (chars.length < 3) return null;
  let letters = 0;
  for (const c of chars) if (isLetter(t[c])) letters++;
  return { chars, breaks, end: k + 1, join: letters >= 2 };
}

/** The separator at `at` is longer than `sep` (e.g. `sep` is "." but the text has ". "). */
function isSeparatorContinuation(t: string, at: number, sep: string): boolean {
  return sep.length === 1 && isSeparator(t[at + 1]);
}

const MAX_LABELS = 6;
const MAX_LABEL = 63;
const MAX_SPACES = 2;
const DOT_WORDS = ['punt', 'dot'];
const OPEN = '([{<';
const CLOSE = ')]}>';

/** One label of a domain as read, with what it took to get there. */
export interface DomainLabel {
  readonly label: string;
  /** End (exclusive) of the label in `plain`. */
  readonly end: number;
  /** A spelled-out dot (`punt`, `[dot]`) or spaces around a dot were used up to here. */
  readonly obfuscated: boolean;
}

function isLabelChar(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '-');
}

function skipSpaces(s: string, i: number): number {
  let j = i;
  while (j < s.length && j - i < MAX_SPACES && s[j] === ' ') j++;
  return j;
}

function readLabel(s: string, i: number): number {
  let j = i;
  while (j < s.length && j - i <= MAX_LABEL && isLabelChar(s[j])) j++;
  if (j === i || j - i > MAX_LABEL || s[i] === '-' || s[j - 1] === '-') return -1;
  return j;
}

/** A dot between labels: `.`, ` . `, ` punt `, `[dot]`, `(punt)`, `[.]`; where the next label starts. */
function readDot(s: string, i: number): { next: number; obfuscated: boolean } | undefined {
  if (s[i] === '.' && isLabelChar(s[i + 1])) return { next: i + 1, obfuscated: false };
  const before = skipSpaces(s, i);
  let j = before;
  if (s[j] === '.') {
    const next = skipSpaces(s, j + 1);
    return next > j + 1 || before > i ? { next, obfuscated: true } : undefined;
  }
  const open = OPEN.indexOf(s[j] ?? '');
  if (open >= 0) j++;
  const word = DOT_WORDS.find((w) => s.startsWith(w, j)) ?? (open >= 0 && s[j] === '.' ? '.' : undefined);
  if (!word) return undefined;
  j += word.length;
  if (open >= 0) {
    if (s[j] !== CLOSE[open]) return undefined;
    j++;
  } else if (before === i || s[j] !== ' ') {
    return undefined; // a bare `punt`/`dot` needs a space on both sides
  }
  return { next: skipSpaces(s, j), obfuscated: true };
}

/**
 * Read the labels of `gmail.com`, `gmail punt com`, `gmail [dot] co [dot] uk` starting at
 * `i`, in time bounded by the maximal domain length (no backtracking). The caller picks
 * the longest prefix that ends in an acceptable TLD (`gmail.com. Bedankt` reads three
 * labels; `gmail.com` is the address).
 */
export function readDomain(s: string, i: number): DomainLabel[] {
  const labels: DomainLabel[] = [];
  let end = readLabel(s, i);
  if (end < 0) return labels;
  labels.push({ label: s.slice(i, end), end, obfuscated: false });
  let obfuscated = false;
  while (labels.length < MAX_LABELS) {
    const dot = readDot(s, end);
    if (!dot) break;
    const next = readLabel(s, dot.next);
    if (next < 0) break;
    obfuscated ||= dot.obfuscated;
    labels.push({ label: s.slice(dot.next, next), end: next, obfuscated });
    end = next;
  }
  return labels;
}

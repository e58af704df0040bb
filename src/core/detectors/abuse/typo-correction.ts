import type { AbuseEntry } from './abuse-lexicon.js';
import type { ListName } from './lists.js';

/**
 * Lists whose words a misspelling is corrected to: the words that carry harm or name
 * its target (`women`, `moslims`, `disgusting`, `idiot`). Cue lists (time, places,
 * negation) are not corrected to: a cue that slips past costs nothing.
 */
export const TYPO_TARGET_LISTS: ReadonlySet<ListName> = new Set<ListName>([
  'insults',
  'slurs',
  'identity',
  'derogation',
  'negative',
  'profanity',
  'harm-verbs',
  'threats',
  'weapons',
  'self-harm',
  'self-harm-means',
  'death-wish',
  'sexual',
  'grooming',
  'extremism',
  'glorification',
  'bully-phrases',
  'exclusion',
  'mockery',
  'account',
  'discrediting',
]);

/** Shortest lexicon word a misspelling is corrected to; shorter words have too many real neighbours. */
export const MIN_TARGET = 5;
/** Shortest token read as a misspelling (a 5-letter word with a letter dropped: `wmen`). */
const MIN_TOKEN = MIN_TARGET - 1;
/** Longest token looked at (longer tokens are compounds or noise). */
const MAX_TOKEN = 24;

const WORD_CHARS = /^[a-z']+$/;

/** Every word of every line, `*` edges stripped. */
function wordsOf(term: string): string[] {
  return term
    .split(' ')
    .map((w) => w.replace(/^\*|\*$/g, ''))
    .filter((w) => w !== '' && w !== '...');
}

/** The words a misspelling may be corrected to: one-word lines of TYPO_TARGET_LISTS, MIN_TARGET letters or more. */
export function typoTargets(entries: readonly AbuseEntry[]): Set<string> {
  const out = new Set<string>();
  for (const e of entries) {
    // One-word lines only: the harm word itself (`walgelijk`, `moslims`), not every word of a phrase.
    if (!TYPO_TARGET_LISTS.has(e.list) || e.part || e.term.includes(' ')) continue;
    const w = e.term.replace(/^\*|\*$/g, '');
    if (w.length >= MIN_TARGET && WORD_CHARS.test(w)) out.add(w);
  }
  return out;
}

/** Every word of every lexicon line: a known word is never corrected. */
export function lexiconWords(entries: readonly AbuseEntry[]): Set<string> {
  const out = new Set<string>();
  for (const e of entries) for (const w of wordsOf(e.term)) out.add(w);
  return out;
}

/** Whether `a` and `b` differ by at most one deletion, insertion, substitution or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > 1) return false;
  let i = 0;
  while (i < n && i < m && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n && i === m) return true;
  if (n === m) {
    // One substitution, or one swap of neighbours.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return n > m ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const B = 131;
/** B to the power k (mod 2^32), k up to MAX_TOKEN. */
const POW = new Int32Array(MAX_TOKEN + 2);
POW[0] = 1;
for (let k = 1; k < POW.length; k++) POW[k] = Math.imul(POW[k - 1] as number, B);

/** A hash of a word of `len` units (mod 2^32) as a small-integer map key, the length folded in. */
function key(h: number, len: number): number {
  return (h ^ Math.imul(len, 0x9e3779b1)) & 0x3fffffff;
}

/** Hash key of `s[from, to)` without the unit at `skip` (-1: none). */
function keyOf(s: string, from: number, to: number, skip: number): number {
  let h = 0;
  for (let i = from; i < to; i++) if (i !== skip) h = (Math.imul(h, B) + s.charCodeAt(i)) | 0;
  return key(h, to - from - (skip >= 0 ? 1 : 0));
}

/** One token of the value read as the lexicon word it misspells. */
export interface Correction {
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

/**
 * Typo tolerance for lexicon words, bounded: a token of MIN_TOKEN or more letters that
 * is not a known word (a lexicon word, or a real word of either language listed in
 * `{nl,en}/real-words.txt`) is read as the lexicon word of MIN_TARGET or more letters it
 * is one edit away from (a letter dropped, added, changed, or two swapped: `wmen`,
 * `moslmis`, `disgutsing`; never the first letter), when there is exactly one. Real words are never corrected
 * (`wonen` stays, though it is one letter from `women`): `real-words.txt` lists every
 * real word of both languages one edit away from a target (Debian's Dutch, American and
 * British word lists), so a correction only ever fires on a word no dictionary knows.
 *
 * Lookups are by numeric hash, so a message without unknown long words costs one Set
 * lookup per long token and allocates nothing; candidates are verified letter by letter.
 */
export class TypoCorrector {
  /** Hash keys of known words. */
  private readonly known = new Set<number>();
  /** Hash key of a target or of a target less one letter -> targets. */
  private readonly index = new Map<number, string[]>();
  /** One bit per index key (low 20 bits): most keys of a token miss, and miss here cheaply. */
  private readonly bits = new Int32Array(1 << 15);
  readonly size: number;
  /** Prefix and suffix hashes of the token being read (reused: no allocation per message). */
  private readonly pre = new Int32Array(MAX_TOKEN + 2);
  private readonly suf = new Int32Array(MAX_TOKEN + 2);

  constructor(targets: ReadonlySet<string>, known: Iterable<string>) {
    for (const w of known) this.known.add(keyOf(w, 0, w.length, -1));
    for (const t of targets) {
      this.known.add(keyOf(t, 0, t.length, -1));
      this.put(keyOf(t, 0, t.length, -1), t);
      for (let i = 0; i < t.length; i++) this.put(keyOf(t, 0, t.length, i), t);
    }
    this.size = targets.size;
  }

  private put(key: number, t: string): void {
    const w = (key >>> 5) & 0x7fff;
    this.bits[w] = (this.bits[w] as number) | (1 << (key & 31));
    const list = this.index.get(key);
    if (!list) this.index.set(key, [t]);
    else if (!list.includes(t)) list.push(t);
  }

  /** The corrections in `value` (a normalised message), or undefined when there are none. */
  correct(value: string): Correction[] | undefined {
    let out: Correction[] | undefined;
    const n = value.length;
    const pre = this.pre;
    let i = 0;
    while (i < n) {
      if (!isLetter(value.charCodeAt(i))) {
        i++;
        continue;
      }
      // Hash while reading: pre[k] is the hash of the first k units.
      let h = value.charCodeAt(i);
      pre[1] = h;
      let j = i + 1;
      for (;;) {
        const c = value.charCodeAt(j);
        // An apostrophe inside a word (`homo's`), not a closing quote (`'mongool'`).
        if (!(isLetter(c) || (c === 0x27 && isLetter(value.charCodeAt(j + 1))))) break;
        h = (Math.imul(h, B) + c) | 0;
        j++;
        if (j - i <= MAX_TOKEN) pre[j - i] = h;
      }
      const len = j - i;
      // Only whole words of letters: `2e`, `b4`, `mail@x` are left alone.
      const whole = !isWordish(value.charCodeAt(j)) && (i === 0 || !isWordish(value.charCodeAt(i - 1)));
      if (whole && len >= MIN_TOKEN && len <= MAX_TOKEN && !this.known.has(key(h, len))) {
        const word = this.lookup(value, i, j, h);
        if (word) {
          out ??= [];
          out.push({ start: i, end: j, word });
        }
      }
      i = j;
    }
    return out;
  }

  /**
   * The target within one edit of `value[i, j)` (whose hash is `h`): the only one, or the
   * only one of the token's length (`idoiot` swaps two letters of `idioot`, and drops one
   * of `idiot`). Each key of the token less one letter costs one multiplication.
   */
  private lookup(value: string, i: number, j: number, h: number): string | undefined {
    const len = j - i;
    const { pre, suf } = this;
    // suf[k]: hash of the units after position k, as they weigh in the whole word.
    suf[len] = 0;
    for (let k = len - 1; k >= 0; k--)
      suf[k] = (suf[k + 1] as number) + Math.imul(value.charCodeAt(i + k), POW[len - 1 - k] as number);
    pre[0] = 0;
    let token: string | undefined;
    let seen: string[] | undefined;
    for (let skip = -1; skip < len; skip++) {
      const k =
        skip < 0
          ? key(h, len)
          : key(
              (Math.imul(pre[skip] as number, POW[len - 1 - skip] as number) + (suf[skip + 1] as number)) | 0,
              len - 1,
            );
      if (((this.bits[(k >>> 5) & 0x7fff] as number) & (1 << (k & 31))) === 0) continue;
      const list = this.index.get(k);
      if (!list) continue;
      token ??= value.slice(i, j);
      for (const t of list) {
        if (seen?.includes(t) || !this.fits(token, t)) continue;
        seen ??= [];
        seen.push(t);
      }
    }
    if (!seen || !token) return undefined;
    if (seen.length === 1) return seen[0];
    const same = seen.filter((t) => t.length === len);
    return same.length === 1 ? same[0] : undefined;
  }

  private fits(token: string, t: string): boolean {
    // People rarely mistype the first letter: a word that differs there is another word
    // (`noobs` is not `boobs`, `Atta` is not `tatta`); nor is a plural a misspelling
    // (`incels`, `muppets` are the word itself, for the lexicon to list or not).
    if (t.charCodeAt(0) !== token.charCodeAt(0)) return false;
    if (token.length === t.length + 1 && token.endsWith('s') && token.startsWith(t)) return false;
    return withinOneEdit(token, t);
  }
}

function isLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isWordish(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x40 || (c >= 0x41 && c <= 0x5a);
}

/**
 * The value with its misspelt words written out, and the way back: a lexicon match in
 * `value` maps to the words as they stand in the scanned text, so findings point at what
 * was written (`wmen`), never at the correction.
 */
export interface CorrectedText {
  readonly value: string;
  /** Offset in the scanned text of a match starting at `i` of `value`. */
  toScanned(i: number): number;
  /** Offset in the scanned text of a match ending (exclusive) at `end` of `value`. */
  toScannedEnd(end: number): number;
}

export function applyCorrections(value: string, fixes: readonly Correction[]): CorrectedText {
  const segs: { from: number; to: number; start: number; end: number }[] = [];
  let out = '';
  let at = 0;
  for (const f of fixes) {
    out += value.slice(at, f.start);
    segs.push({ from: out.length, to: out.length + f.word.length, start: f.start, end: f.end });
    out += f.word;
    at = f.end;
  }
  out += value.slice(at);
  const map = (i: number, end: boolean): number => {
    let delta = 0;
    for (const s of segs) {
      if (end ? i <= s.from : i < s.from) break;
      if (end ? i <= s.to : i < s.to) return end ? s.end : s.start;
      delta += s.to - s.from - (s.end - s.start);
    }
    return i - delta;
  };
  return { value: out, toScanned: (i) => map(i, false), toScannedEnd: (e) => map(e, true) };
}

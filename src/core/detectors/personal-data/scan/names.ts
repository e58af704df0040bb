import { normalise } from '../../../text/normalise.js';
import type { MessageScan } from './message-scan.js';
import type { Token } from './tokens.js';

const CACHE = new WeakMap<readonly string[], ReadonlySet<string>>();
const ALPHA = /^\p{L}{2,}$/u;

/** The words of a list of display names, folded like message text (`Daniëlle de Vries` -> daniëlle, vries). */
export function nameWords(names: readonly string[]): ReadonlySet<string> {
  let words = CACHE.get(names);
  if (!words) {
    const set = new Set<string>();
    for (const name of names) {
      for (const w of normalise(name).value.split(/[^\p{L}]+/u)) if (w.length >= 2) set.add(w);
    }
    words = set;
    CACHE.set(names, words);
  }
  return words;
}

function isUpper(c: string | undefined): boolean {
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * Whether a word names a person: a member's name (from the group's member list), or a
 * word written with a capital and then small letters (`Tim`, `Noor`; not `ADHD`) that
 * is no function word or lexicon term. Sentence-initial capitals of ordinary words are
 * kept out by the `not-name` role of pd-person-words.
 */
export function isName(scan: MessageScan, t: Token): boolean {
  const w = t.word;
  if (!ALPHA.test(w) || scan.roles(w).size > 0 || scan.lex.knownWords.has(w)) return false;
  if (nameWords(scan.context.memberNames).has(w) || nameWords(scan.context.teacherNames).has(w)) return true;
  const o = scan.text.toOriginal(t.start);
  return isUpper(scan.original[o]) && !isUpper(scan.original[o + 1]);
}

/** Small words inside surnames (`juf van Dijk`, `Mrs de Wit`). */
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 't', 'la', 'le']);

/**
 * Whether a name token belongs to a teacher: in the group's teacher names, or after
 * `juf`/`meester`/`Mr`/`Ms` (surname particles may stand between: `juf van Dijk`).
 */
export function isTeacherName(scan: MessageScan, tokens: readonly Token[], m: number): boolean {
  const t = tokens[m] as Token;
  if (nameWords(scan.context.teacherNames).has(t.word)) return true;
  let k = m - 1;
  while (
    k >= 0 &&
    m - k <= 2 &&
    PARTICLES.has((tokens[k] as Token).word) &&
    !(tokens[k + 1] as Token).breakBefore
  )
    k--;
  const title = tokens[k];
  return (
    title !== undefined &&
    !(tokens[k + 1] as Token).breakBefore &&
    scan.roles(title.word).has('title-teacher')
  );
}

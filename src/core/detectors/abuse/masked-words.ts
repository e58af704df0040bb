import type { PhraseMatch } from '../../lexicon/phrase-matcher.js';
import type { AbuseEntry } from './abuse-lexicon.js';
import type { ListName } from './lists.js';

/** Lists whose single words people mask with `*` or `#` (`b*tch`, `f**k`, `k#t`). */
const MASKABLE: readonly ListName[] = ['insults', 'profanity', 'slurs', 'sexual'];
const MASKED = /[a-z]*[*#]+[a-z]*/g;

/**
 * Words with letters replaced by `*` or `#`: the normaliser keeps those characters (they
 * are punctuation far more often), so this recogniser compares a masked word with the
 * single-word terms of the same length whose visible letters agree. It only runs when
 * the message contains `*` or `#` at all.
 */
export class MaskedWords {
  private readonly byLength = new Map<number, AbuseEntry[]>();

  constructor(entries: readonly AbuseEntry[]) {
    for (const e of entries) {
      if (!MASKABLE.includes(e.list) || !/^[a-z]+$/.test(e.term) || e.term.length < 3) continue;
      const bucket = this.byLength.get(e.term.length) ?? [];
      bucket.push(e);
      this.byLength.set(e.term.length, bucket);
    }
  }

  find(value: string): PhraseMatch<AbuseEntry>[] {
    if (!value.includes('*') && !value.includes('#')) return [];
    const out: PhraseMatch<AbuseEntry>[] = [];
    for (const m of value.matchAll(MASKED)) {
      const word = m[0];
      const start = m.index;
      const letters = word.replace(/[*#]/g, '').length;
      // At least two visible letters and at least one mask; the word stands alone.
      if (letters < 2 || letters === word.length || /[a-z0-9]/.test(value[start + word.length] ?? ''))
        continue;
      if (start > 0 && /[a-z0-9]/.test(value[start - 1] as string)) continue;
      for (const e of this.byLength.get(word.length) ?? []) {
        if (fits(word, e.term)) out.push({ entry: e, start, end: start + word.length });
      }
    }
    return out;
  }
}

function fits(masked: string, term: string): boolean {
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i] as string;
    if (c !== '*' && c !== '#' && c !== term[i]) return false;
  }
  return true;
}

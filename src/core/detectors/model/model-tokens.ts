import { FNV_OFFSET, mix32 } from './feature-hash.js';

/**
 * The words and symbols the model reads, from the normalised value (lower-cased and
 * de-obfuscated already): runs of letters and digits (an apostrophe inside a word stays,
 * `zo'n`, `don't`) and every other non-punctuation code point on its own (emoji, 卐).
 * Struct of arrays, one pass over the text, no regular expression for ASCII. Plain
 * arrays of small integers: allocating them costs far less than typed arrays.
 */
export interface ModelTokens {
  readonly count: number;
  /** Start and exclusive end of each token in the normalised value. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Hash of each token's text (apostrophe variants folded to `'`), as a signed 32-bit integer. */
  readonly hashes: readonly number[];
  /** 1 for a word, 0 for a symbol (symbols get no character n-grams). */
  readonly words: readonly number[];
}

const WORD = /[\p{L}\p{N}]/u;
const SYMBOL_SKIP = /[\p{P}\p{Z}\p{Cc}\p{Cf}\p{M}\p{Sk}]/u;

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x60 || c === 0xb4;
}

function isWordUnit(value: string, i: number, c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return WORD.test(value[i] as string);
}

/** The unit as the hash sees it: every apostrophe variant is `'`. */
export function hashUnit(c: number): number {
  return isApostrophe(c) ? 0x27 : c;
}

/**
 * The tokens of the message last read by `scanTokens`, four integers per token: start,
 * end, hash, word (1) or symbol (0). Scratch, overwritten by the next message: scoring
 * reads it in place, `modelTokens` copies it out.
 */
export let tokenScratch = new Int32Array(4 * 256);

/** Tokens of `value` into `tokenScratch`, at most `maxTokens` (the rest of a hostile message is not read); returns the count. */
export function scanTokens(value: string, maxTokens: number): number {
  const len = value.length;
  const cap = Math.min(maxTokens, len);
  if (tokenScratch.length < 4 * cap)
    tokenScratch = new Int32Array(Math.max(4 * cap, 2 * tokenScratch.length));
  const sc = tokenScratch;
  let n = 0;
  let i = 0;
  while (i < len && n < cap) {
    const c = value.charCodeAt(i);
    if (isWordUnit(value, i, c)) {
      let h = FNV_OFFSET;
      let j = i;
      while (j < len) {
        const d = value.charCodeAt(j);
        if (isWordUnit(value, j, d)) {
          h = Math.imul(h ^ d, 0x01000193);
          j++;
        } else if (isApostrophe(d) && j + 1 < len && isWordUnit(value, j + 1, value.charCodeAt(j + 1))) {
          h = Math.imul(h ^ 0x27, 0x01000193);
          j++;
        } else break;
      }
      sc[4 * n] = i;
      sc[4 * n + 1] = j;
      sc[4 * n + 2] = mix32(h);
      sc[4 * n + 3] = 1;
      n++;
      i = j;
      continue;
    }
    if (c < 0x80) {
      i++;
      continue;
    }
    const w = c >= 0xd800 && c <= 0xdbff && i + 1 < len ? 2 : 1;
    if (!SYMBOL_SKIP.test(value.slice(i, i + w))) {
      let h = FNV_OFFSET;
      for (let k = 0; k < w; k++) h = Math.imul(h ^ value.charCodeAt(i + k), 0x01000193);
      sc[4 * n] = i;
      sc[4 * n + 1] = i + w;
      sc[4 * n + 2] = mix32(h ^ 0x5bd1e995);
      sc[4 * n + 3] = 0;
      n++;
    }
    i += w;
  }
  return n;
}

/** Tokens of `value` as plain arrays the caller may keep. */
export function modelTokens(value: string, maxTokens: number): ModelTokens {
  const n = scanTokens(value, maxTokens);
  const sc = tokenScratch;
  const starts = new Array<number>(n);
  const ends = new Array<number>(n);
  const hashes = new Array<number>(n);
  const words = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    starts[k] = sc[4 * k] as number;
    ends[k] = sc[4 * k + 1] as number;
    hashes[k] = sc[4 * k + 2] as number;
    words[k] = sc[4 * k + 3] as number;
  }
  return { count: n, starts, ends, hashes, words };
}

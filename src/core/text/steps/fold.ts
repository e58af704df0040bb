import { foldCodePoint } from '../fold-char.js';
import { type MappedText, MappedTextBuilder } from '../mapped-text.js';

const PLAIN_ASCII = /^[\x20-\x40\x5b-\x7e]*$/;

/**
 * Unicode folding of the original text, code point by code point (see fold-char.ts).
 * Unpaired surrogates are dropped. Pure lower-case ASCII (most chat lines) skips the
 * per-character work and gets identity spans.
 */
export function foldText(original: string): MappedText {
  const n = original.length;
  if (PLAIN_ASCII.test(original)) return identity(original);
  const out = new MappedTextBuilder(n + 8);
  let i = 0;
  while (i < n) {
    const cp = original.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    if (width === 1 && cp >= 0xd800 && cp <= 0xdfff) {
      i++; // unpaired surrogate
      continue;
    }
    const folded = foldCodePoint(cp);
    if (folded.length > 0) out.push(folded, i, i + width);
    i += width;
  }
  return out.build(n);
}

function identity(s: string): MappedText {
  const starts = new Int32Array(s.length);
  const ends = new Int32Array(s.length);
  for (let i = 0; i < s.length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text: s, starts, ends, originalLength: s.length };
}

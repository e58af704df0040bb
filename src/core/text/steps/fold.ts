import { foldCodePoint } from '../fold-char.js';
import { type MappedText, MappedTextBuilder } from '../mapped-text.js';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Unicode folding of the original text, code point by code point (see fold-char.ts).
 * Unpaired surrogates are dropped. Printable ASCII (most chat lines) only needs
 * lower-casing, which keeps every index where it was.
 */
export function foldText(original: string): MappedText {
  const n = original.length;
  if (PRINTABLE_ASCII.test(original)) return { text: original.toLowerCase(), originalLength: n };
  const out = new MappedTextBuilder();
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      // A run of printable ASCII folds by lower-casing alone.
      let j = i + 1;
      while (j < n && original.charCodeAt(j) >= 0x20 && original.charCodeAt(j) < 0x7f) j++;
      out.pushRun(original.slice(i, j).toLowerCase(), i);
      i = j;
      continue;
    }
    if (c < 0x80) {
      const folded = foldCodePoint(c);
      if (folded.length > 0) out.push(folded, i, i + 1);
      i++;
      continue;
    }
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

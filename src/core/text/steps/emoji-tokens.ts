import { type MappedText, MappedTextBuilder } from '../mapped-text.js';

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/**
 * Emoji become tokens of their own (`dood🔪` -> `dood 🔪`), so a detector can match
 * `🔪` or `💀` as a word. The inserted spaces carry the emoji's own span.
 */
export function separateEmoji(m: MappedText): MappedText {
  if (!PICTOGRAPHIC.test(m.text)) return m;
  const t = m.text;
  const out = new MappedTextBuilder(t.length + 16);
  let i = 0;
  let prevWasSpace = true;
  while (i < t.length) {
    const cp = t.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const ch = t.slice(i, i + width);
    if (PICTOGRAPHIC.test(ch)) {
      const s = m.starts[i] as number;
      const e = m.ends[i + width - 1] as number;
      if (!prevWasSpace) out.push(' ', s, s);
      for (let k = 0; k < width; k++) out.copy(m, i + k);
      const next = t[i + width];
      if (next !== undefined && next !== ' ') out.push(' ', e, e);
      // Either we inserted a space or the emoji ends the text / is followed by one.
      prevWasSpace = true;
    } else {
      for (let k = 0; k < width; k++) out.copy(m, i + k);
      prevWasSpace = ch === ' ';
    }
    i += width;
  }
  return out.build(m.originalLength);
}

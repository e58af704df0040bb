import { endOf, type MappedText, MappedTextBuilder, startOf } from '../mapped-text.js';

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const pictographicCache = new Map<number, boolean>();

/** Whether the code point at `i` is an emoji; ASCII and Latin text never is. */
function emojiWidthAt(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c < 0xa9) return 0;
  const cp = t.codePointAt(i) as number;
  let hit = pictographicCache.get(cp);
  if (hit === undefined) {
    hit = PICTOGRAPHIC.test(String.fromCodePoint(cp));
    pictographicCache.set(cp, hit);
  }
  return hit ? (cp > 0xffff ? 2 : 1) : 0;
}

/** Whether some emoji touches a non-space neighbour (otherwise there is nothing to do). */
function needsSpacing(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const w = emojiWidthAt(t, i);
    if (w === 0) continue;
    if ((i > 0 && t[i - 1] !== ' ') || (i + w < t.length && t[i + w] !== ' ')) return true;
    i += w - 1;
  }
  return false;
}

/**
 * Emoji become tokens of their own (`dood🔪💀` -> `dood 🔪 💀`), so a detector can match
 * `🔪` or `💀` as a word. The inserted spaces carry the emoji's own position.
 */
export function separateEmoji(m: MappedText): MappedText {
  const t = m.text;
  if (!needsSpacing(t)) return m;
  const out = new MappedTextBuilder();
  let prevIsSpace = true;
  let i = 0;
  while (i < t.length) {
    const w = emojiWidthAt(t, i);
    if (w === 0) {
      out.copy(m, i);
      prevIsSpace = t[i] === ' ';
      i++;
      continue;
    }
    const s = startOf(m, i);
    const e = endOf(m, i + w - 1);
    if (!prevIsSpace) out.push(' ', s, s);
    for (let k = 0; k < w; k++) out.copy(m, i + k);
    if (i + w < t.length && t[i + w] !== ' ') out.push(' ', e, e);
    prevIsSpace = true;
    i += w;
  }
  return out.build(m.originalLength);
}

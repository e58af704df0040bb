import { endOf, type MappedText, MappedTextBuilder, startOf } from '../mapped-text.js';

const HINT = /([a-z])\1\1/;

/**
 * A letter repeated three or more times counts once (`loooser` -> `loser`,
 * `kuttttt` -> `kut`), while Dutch double letters (`zee`, `oog`, `kanker`) are left
 * alone. The kept letter spans the whole run, so evidence still covers what was typed.
 */
export function collapseStretchedLetters(m: MappedText): MappedText {
  const t = m.text;
  if (!HINT.test(t)) return m;
  const out = new MappedTextBuilder();
  let i = 0;
  while (i < t.length) {
    const c = t[i] as string;
    let j = i + 1;
    if (c >= 'a' && c <= 'z') while (j < t.length && t[j] === c) j++;
    if (j - i >= 3) {
      out.push(c, startOf(m, i), endOf(m, j - 1));
    } else {
      for (let k = i; k < j; k++) out.copy(m, k);
    }
    i = j;
  }
  return out.build(m.originalLength);
}

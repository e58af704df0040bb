import type { MappedText } from './mapped-text.js';
import { toView } from './mapped-text.js';
import type { NormalisedText } from './normalised-text.js';
import { separateEmoji } from './steps/emoji-tokens.js';
import { foldText } from './steps/fold.js';
import { undoLeetspeak } from './steps/leetspeak.js';
import { joinSplitLetters } from './steps/split-letters.js';
import { collapseStretchedLetters } from './steps/stretched-letters.js';

/** Longest text we normalise; the rest of a hostile 1 MB message is ignored (and said so by the caller). */
export const MAX_NORMALISED_LENGTH = 64 * 1024;

/**
 * Normalise a message once for every detector (ARCHITECTURE rule 1).
 *
 * `plain` is the Unicode fold; the returned view adds the anti-obfuscation steps. The
 * de-obfuscation steps feed each other (joining `k 4 n k e r` exposes leetspeak,
 * collapsing `k aaa n` exposes split letters), so they repeat until nothing changes:
 * each pass only shortens the text or keeps it, which bounds the loop and makes
 * `normalise(normalise(x).value).value === normalise(x).value`.
 */
export function normalise(original: string): NormalisedText {
  const plain = foldText(original);
  let m: MappedText = separateEmoji(plain);
  for (let pass = 0; pass < 8; pass++) {
    const next = joinSplitLetters(collapseStretchedLetters(undoLeetspeak(m)));
    if (next === m || next.text === m.text) {
      m = next;
      break;
    }
    m = next;
  }
  const view = toView(m);
  return {
    original,
    plain: toView(plain),
    value: view.value,
    toOriginal: view.toOriginal,
    toOriginalEnd: view.toOriginalEnd,
  };
}

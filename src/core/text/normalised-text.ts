/**
 * A view of a message's text after some transforms, with a way back to the original.
 * Detectors match on `value`; every span they report must point into the text the
 * member actually wrote, so that excerpts, masking and `check --jsonl` offsets are
 * honest (obscenity's idea: transform, but keep the map).
 */
export interface TextView {
  /** The transformed text. */
  readonly value: string;
  /** Original index (UTF-16) where the character at `i` of `value` came from; `value.length` maps to the original length. */
  toOriginal(i: number): number;
  /** Original exclusive end for a span of `value` that ends (exclusive) at `end`. */
  toOriginalEnd(end: number): number;
}

/**
 * The normalised form of one message, computed once per message and shared by every
 * detector (ARCHITECTURE rule 1).
 *
 * - `plain`: Unicode-folded only (NFKC, case, diacritics, look-alike letters, invisible
 *   and control characters removed). Digits and punctuation are untouched, so personal
 *   data recognisers (phone numbers, IBANs, e-mail) work here.
 * - `value` (the object itself as a TextView): `plain` plus the anti-obfuscation steps
 *   (leetspeak, stretched letters, letters split by spaces/dots/dashes, emoji as separate
 *   tokens). Lexicon detectors work here.
 */
export interface NormalisedText extends TextView {
  readonly original: string;
  readonly plain: TextView;
}

/** Map a span of a view back to `[start, end)` in the original text. */
export function spanToOriginal(view: TextView, start: number, end: number): { start: number; end: number } {
  return { start: view.toOriginal(start), end: view.toOriginalEnd(end) };
}

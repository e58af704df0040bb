import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/core/text/normalise.js';
import type { TextView } from '../../../src/core/text/normalised-text.js';

/** Pieces that exercise every step: obfuscation, look-alikes, invisibles, emoji, marks. */
const piece = fc.oneof(
  fc.constantFrom(
    'kanker',
    'k a n k e r',
    'k.u.t',
    'l0s3r',
    'loooser',
    'zee',
    'h00r',
    'kаnker',
    'ｋｕｔ',
    '𝐤𝐮𝐭',
    '\u200b',
    '\u202e',
    '\u0301',
    '\u0000',
    '🔪',
    '💀💀',
    '👨‍👩‍👧',
    '1️⃣',
    'ß',
    'ﬁ',
    'İ',
    '06-12345678',
    '10:30',
    '\ud800',
    '\udc00',
    'e\u0301\u0302\u0303',
    ' ',
    '.',
    '-',
    '!',
    '@',
    '4',
    '0',
    'a',
    'aaa',
  ),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const chatText = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
/** Dense single letters, digits and separators: where the de-obfuscation steps interact. */
const obfuscated = fc
  .array(fc.constantFrom('a', 'a', 'k', 'n', 'o', '0', '4', '1', '!', ' ', ' ', '.', '-', 'aa', 'ko'), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''));
/** Letters spelled out with one separator (`k a a a n`, `l.0.s.e.r`), the hardest case for idempotence. */
const spelledOut = fc
  .tuple(
    fc.array(fc.constantFrom('a', 'k', 'n', 'o', '0', '4', '!', 'aa', 'aaa', 'ab'), {
      minLength: 2,
      maxLength: 12,
    }),
    fc.constantFrom(' ', '.', '-', '. ', '  ', ' ', '  '),
  )
  .map(([letters, sep]) => letters.join(sep));
/** Spelled-out sentences: single and double spaces mixed (`i k  g a  j e`). */
const mixedSpaces = fc
  .array(fc.tuple(fc.constantFrom('i', 'k', 'a', '4', 'aa', 'e'), fc.constantFrom(' ', '  ', ' ', '   ')), {
    maxLength: 16,
  })
  .map((parts) => parts.map(([l, sep]) => l + sep).join(''));
const anyText = fc.oneof(
  chatText,
  obfuscated,
  spelledOut,
  mixedSpaces,
  fc.string({ unit: 'binary', maxLength: 80 }),
);

function checkView(view: TextView, original: string): void {
  const n = view.value.length;
  let prevStart = 0;
  let prevEnd = 0;
  for (let i = 0; i <= n; i++) {
    const s = view.toOriginal(i);
    const e = view.toOriginalEnd(i);
    expect(s).toBeGreaterThanOrEqual(0);
    expect(s).toBeLessThanOrEqual(original.length);
    expect(e).toBeGreaterThanOrEqual(0);
    expect(e).toBeLessThanOrEqual(original.length);
    expect(s).toBeGreaterThanOrEqual(prevStart);
    expect(e).toBeGreaterThanOrEqual(prevEnd);
    if (i < n) expect(view.toOriginalEnd(i + 1)).toBeGreaterThanOrEqual(s);
    prevStart = s;
    prevEnd = e;
  }
}

function isInsideSurrogatePair(s: string, i: number): boolean {
  const prev = s.charCodeAt(i - 1);
  const cur = s.charCodeAt(i);
  return prev >= 0xd800 && prev <= 0xdbff && cur >= 0xdc00 && cur <= 0xdfff;
}

describe('normalise (properties)', () => {
  it('maps every position back into the original, monotonically', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const n = normalise(s);
        checkView(n, s);
        checkView(n.plain, s);
      }),
      { numRuns: 1500 },
    );
  });

  it('is idempotent: normalising twice changes nothing', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalise(s);
        expect(normalise(once.value).value).toBe(once.value);
        expect(normalise(once.plain.value).plain.value).toBe(once.plain.value);
      }),
      { numRuns: 1500 },
    );
  });

  it('never points into the middle of a surrogate pair', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const n = normalise(s);
        for (let i = 0; i < n.value.length; i++) {
          expect(isInsideSurrogatePair(s, n.toOriginal(i))).toBe(false);
          expect(isInsideSurrogatePair(s, n.toOriginalEnd(i + 1))).toBe(false);
        }
      }),
      { numRuns: 800 },
    );
  });

  it('keeps plain lower-case ASCII exactly as it is', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z ,?]{0,60}$/), (s) => {
        expect(normalise(s).plain.value).toBe(s);
      }),
    );
  });
});

import type { Recogniser } from '../hit-sink.js';
import { digitWindows } from '../scan/digit-windows.js';
import { cardScheme } from '../validators/card-issuers.js';
import { passesLuhn } from '../validators/luhn.js';

/** Card groupings: all digits at once, fours (the last group shorter), or the 4-6-5 / 4-6-4 of Amex and Diners. */
function isCardShape(shape: readonly number[]): boolean {
  if (shape.length === 1) return true;
  if (shape.join(',') === '4,6,5' || shape.join(',') === '4,6,4') return true;
  return shape.every((n, i) => (i < shape.length - 1 ? n === 4 : n >= 1 && n <= 4));
}

/**
 * Payment card numbers: 13 to 19 digits in a usual grouping, with a known issuer prefix
 * and a valid Luhn checksum; not right after an order or tracking word. Rule:
 * `card-<scheme>` (`card-visa`, `card-mastercard`, ...).
 */
export const cardRecogniser: Recogniser = ({ scan, runs }, sink) => {
  for (const w of digitWindows(runs, 13, 19)) {
    if (sink.full) return;
    if (w.digits.length < 13 || !isCardShape(w.shape)) continue;
    const scheme = cardScheme(w.digits);
    if (!scheme || !passesLuhn(w.digits)) continue;
    const span = scan.plainSpan(w.start, w.end);
    sink.report({
      kind: 'credit_card',
      rule: `card-${scheme}`,
      ...span,
    });
  }
};

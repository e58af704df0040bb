/**
 * Issuer identification ranges of the card schemes seen in the Netherlands, with their
 * card lengths. A Luhn-valid number outside every range (most order and tracking numbers)
 * is not reported as a card.
 */
interface Issuer {
  readonly scheme: string;
  /** Inclusive prefix ranges, compared on the first `digits` digits. */
  readonly ranges: readonly (readonly [lo: number, hi: number, digits: number])[];
  readonly lengths: readonly number[];
}

const ISSUERS: readonly Issuer[] = [
  { scheme: 'visa', ranges: [[4, 4, 1]], lengths: [13, 16, 19] },
  {
    scheme: 'mastercard',
    ranges: [
      [51, 55, 2],
      [2221, 2720, 4],
    ],
    lengths: [16],
  },
  {
    scheme: 'amex',
    ranges: [
      [34, 34, 2],
      [37, 37, 2],
    ],
    lengths: [15],
  },
  {
    scheme: 'discover',
    ranges: [
      [6011, 6011, 4],
      [644, 649, 3],
      [65, 65, 2],
    ],
    lengths: [16, 17, 18, 19],
  },
  {
    scheme: 'diners',
    ranges: [
      [300, 305, 3],
      [36, 36, 2],
      [38, 39, 2],
    ],
    lengths: [14, 15, 16],
  },
  { scheme: 'jcb', ranges: [[3528, 3589, 4]], lengths: [16, 17, 18, 19] },
  { scheme: 'unionpay', ranges: [[62, 62, 2]], lengths: [16, 17, 18, 19] },
  {
    scheme: 'maestro',
    ranges: [
      [50, 50, 2],
      [56, 58, 2],
      [639, 639, 3],
      [67, 67, 2],
    ],
    lengths: [13, 14, 15, 16, 17, 18, 19],
  },
];

/** The card scheme whose prefix and length fit `digits`, if any. */
export function cardScheme(digits: string): string | undefined {
  for (const issuer of ISSUERS) {
    if (!issuer.lengths.includes(digits.length)) continue;
    for (const [lo, hi, n] of issuer.ranges) {
      const prefix = Number(digits.slice(0, n));
      if (prefix >= lo && prefix <= hi) return issuer.scheme;
    }
  }
  return undefined;
}

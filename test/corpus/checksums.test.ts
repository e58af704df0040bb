import { describe, expect, it } from 'vitest';
import {
  bsnCandidates,
  cardCandidates,
  ibanCandidates,
  isValidBsn,
  isValidIban,
  isValidLuhn,
  makeBsn,
  makeCardNumber,
  makeNlIban,
} from './checksums.js';

function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('checksums', () => {
  // 111222333: 9+8+7+12+10+8+9+6-3 = 66, a multiple of 11.
  it.each([
    ['111222333', true],
    ['1112.22.333', true],
    ['111 222 333', true],
    ['111222334', false],
    ['123456789', false],
    ['000000000', false],
    ['11122233', false],
  ])('BSN %s -> %s', (bsn, ok) => {
    expect(isValidBsn(bsn)).toBe(ok);
  });

  // The IBAN of the ISO 13616 / ECBS examples; changing one digit breaks mod-97.
  it.each([
    ['NL91 ABNA 0417 1643 00', true],
    ['NL91ABNA0417164300', true],
    ['NL91 ABNA 0417 1643 01', false],
    ['NL91 ABNA 0417 1643', false],
    ['GB82 WEST 1234 5698 7654 32', true],
  ])('IBAN %s -> %s', (iban, ok) => {
    expect(isValidIban(iban)).toBe(ok);
  });

  it.each([
    ['4111 1111 1111 1111', true],
    ['4111-1111-1111-1112', false],
    ['79927398713', false],
    ['5500 0000 0000 0004', true],
  ])('card %s -> %s', (card, ok) => {
    expect(isValidLuhn(card)).toBe(ok);
  });

  it('makes numbers that pass their own check', () => {
    const random = seeded(42);
    for (let i = 0; i < 50; i++) {
      expect(isValidBsn(makeBsn(random))).toBe(true);
      expect(isValidIban(makeNlIban(random, 'RABO'))).toBe(true);
      expect(isValidLuhn(makeCardNumber(random))).toBe(true);
    }
  });

  it('finds candidates inside running text', () => {
    expect(bsnCandidates('bsn 1112.22.333, bestelnummer 48213376')).toEqual(['1112.22.333']);
    expect(ibanCandidates('naar NL91 ABNA 0417 1643 00 t.n.v. ouderraad')).toEqual([
      'NL91 ABNA 0417 1643 00',
    ]);
    expect(cardCandidates('kaart 4111 1111 1111 1111 geldig tot 09/27')).toEqual(['4111 1111 1111 1111']);
  });
});

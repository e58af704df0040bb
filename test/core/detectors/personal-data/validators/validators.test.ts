import { isValidIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { cardScheme } from '../../../../../src/core/detectors/personal-data/validators/card-issuers.js';
import { passesElevenCheck } from '../../../../../src/core/detectors/personal-data/validators/eleven-check.js';
import { isValidIban } from '../../../../../src/core/detectors/personal-data/validators/iban-check.js';
import { passesLuhn } from '../../../../../src/core/detectors/personal-data/validators/luhn.js';

describe('eleven-check (BSN)', () => {
  it.each(['111222333', '123456782', '969105113', '144045850', '376654727'])('passes %s', (d) => {
    expect(passesElevenCheck(d)).toBe(true);
  });
  it.each([
    ['123456789', 'wrong sum'],
    ['111222334', 'last digit changed'],
    ['000000000', 'never issued'],
    ['12345678', 'eight digits'],
    ['1234567820', 'ten digits'],
    ['12345678a', 'a letter'],
  ])('refuses %s (%s)', (d) => {
    expect(passesElevenCheck(d)).toBe(false);
  });
  it('weighs the last digit with -1', () => {
    // 9*1 + 8*1 + 7*1 + 6*2 + 5*2 + 4*2 + 3*3 + 2*3 = 69; minus 3 = 66 = 6 * 11
    expect(passesElevenCheck('111222333')).toBe(true);
    expect(passesElevenCheck('111222336')).toBe(false);
  });
});

describe('Luhn', () => {
  it.each(['4111111111111111', '5500000000000004', '378282246310005', '6011111111111117', '79927398713'])(
    'passes %s',
    (d) => expect(passesLuhn(d)).toBe(true),
  );
  it.each(['4111111111111112', '1234567890123456', '79927398710', '', '4'])('refuses "%s"', (d) => {
    expect(passesLuhn(d)).toBe(false);
  });
});

describe('card issuers', () => {
  it.each([
    ['4111111111111111', 'visa'],
    ['5500000000000004', 'mastercard'],
    ['2221000000000009', 'mastercard'],
    ['378282246310005', 'amex'],
    ['6011111111111117', 'discover'],
    ['30569309025904', 'diners'],
    ['3530111333300000', 'jcb'],
    ['6200000000000005', 'unionpay'],
  ])('%s is %s', (d, scheme) => expect(cardScheme(d)).toBe(scheme));
  it.each(['9789045112345', '1234567890123', '411111111111'])('%s has no issuer', (d) => {
    expect(cardScheme(d)).toBeUndefined();
  });
  it('checks the length of the scheme', () => {
    expect(cardScheme('37828224631000')).toBeUndefined(); // Amex has 15 digits
  });
});

describe('IBAN (mod-97 via ibantools)', () => {
  it.each([
    'NL91ABNA0417164300',
    'NL91 ABNA 0417 1643 00',
    'nl91abna0417164300',
    'BE68539007547034',
    'GB82WEST12345698765432',
  ])('accepts %s', (iban) => expect(isValidIban(iban)).toBe(true));
  it.each(['NL91ABNA0417164301', 'NL92ABNA0417164300', 'NL91ABNA041716430', 'XX91ABNA0417164300', ''])(
    'refuses "%s"',
    (iban) => expect(isValidIban(iban)).toBe(false),
  );
  it('agrees with ibantools on the compact form', () => {
    expect(isValidIban('NL91 ABNA 0417 1643 00')).toBe(isValidIBAN('NL91ABNA0417164300'));
  });
});

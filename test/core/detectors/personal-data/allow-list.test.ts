import { describe, expect, it } from 'vitest';
import { AllowList } from '../../../../src/core/detectors/personal-data/allow-list.js';
import { findAll, findStanding } from './pd-test-kit.js';

const SCHOOL = ['020-123 45 67', 'Info@OBSdeZon.nl', 'Kerklaan 5, 1234 AB Dorp', 'NL91 ABNA 0417 1643 00'];

describe('the group allow-list', () => {
  it.each([
    ['bel de school: 0201234567', 'phone'],
    ['bel de school: +31 20 1234567', 'phone'],
    ['bel de school: 020-1234567', 'phone'],
    ['mail info@obsdezon.nl', 'email'],
    ['adres: Kerklaan 5', 'postal_address'],
    ['ons adres is Kerklaan 5, 1234 AB Dorp', 'postal_address'],
    ['woont in 1234 AB', 'postcode'],
    ['maak over naar NL91ABNA0417164300', 'iban'],
  ])('vetoes %s', (text, kind) => {
    const all = findAll(text, { allowList: SCHOOL });
    expect(all.map((f) => [f.kind, f.vetoed?.rule])).toEqual([[kind, 'allow-list']]);
  });

  it('leaves other numbers alone', () => {
    expect(findStanding('bel mij: 06-12345678', { allowList: SCHOOL })).toHaveLength(1);
    expect(findStanding('adres: Kerklaan 7', { allowList: SCHOOL })).toHaveLength(1);
  });

  it('compares phone numbers as E.164 and as digits', () => {
    const list = new AllowList(['+31 20 123 4567']);
    expect(list.hasPhone('+31201234567', '020-1234567')).toBe(true);
    expect(list.hasPhone('+31201234568', '020-1234568')).toBe(false);
  });

  it('does not let a short entry swallow addresses', () => {
    const list = new AllowList(['5']);
    expect(list.hasText('postal_address', 'Kerklaan 5')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { maskPersonalData } from '../../src/core/mask.js';

function pd(start: number, end: number, kind: Finding['kind'], extra: Partial<Finding> = {}): Finding {
  return {
    category: 'personal_data',
    severity: 'medium',
    start,
    end,
    kind,
    rule: 'test',
    why: 'test',
    ...extra,
  };
}

describe('maskPersonalData', () => {
  const text = 'bel 06-12345678 of mail piet@gmail.com';

  it('replaces every span with a readable placeholder', () => {
    const findings = [pd(4, 15, 'phone'), pd(24, 38, 'email')];
    expect(maskPersonalData(text, findings, 'nl')).toBe('bel [telefoonnummer] of mail [e-mailadres]');
    expect(maskPersonalData(text, findings, 'en')).toBe('bel [phone number] of mail [e-mail address]');
  });

  it.each([
    ['postal_address', '[adres]'],
    ['postcode', '[postcode]'],
    ['bsn', '[BSN]'],
    ['iban', '[rekeningnummer]'],
    ['date_of_birth', '[geboortedatum]'],
    ['licence_plate', '[kenteken]'],
    ['credit_card', '[kaartnummer]'],
    ['health', '[gezondheidsgegevens]'],
  ] as const)('has a Dutch placeholder for %s', (kind, placeholder) => {
    expect(maskPersonalData('x 123 y', [pd(2, 5, kind)], 'nl')).toBe(`x ${placeholder} y`);
  });

  it('does not depend on the order of the findings', () => {
    const findings = [pd(24, 38, 'email'), pd(4, 15, 'phone')];
    expect(maskPersonalData(text, findings, 'nl')).toBe('bel [telefoonnummer] of mail [e-mailadres]');
  });

  it('merges overlapping spans; different kinds become a generic placeholder', () => {
    expect(maskPersonalData(text, [pd(4, 10, 'phone'), pd(8, 15, 'phone')], 'nl')).toBe(
      'bel [telefoonnummer] of mail piet@gmail.com',
    );
    expect(maskPersonalData(text, [pd(4, 15, 'phone'), pd(10, 20, 'bsn')], 'en')).toBe(
      'bel [personal data]ail piet@gmail.com',
    );
  });

  it('leaves vetoed findings and other categories alone', () => {
    const vetoed = pd(4, 15, 'phone', { vetoed: { rule: 'allow-list', effect: 'vetoed', why: 'school' } });
    const other: Finding = { category: 'profanity', severity: 'low', start: 0, end: 3, rule: 'x', why: 'x' };
    expect(maskPersonalData(text, [vetoed, other], 'nl')).toBe(text);
  });

  it('clamps spans to the text and never splits a surrogate pair', () => {
    expect(maskPersonalData('ab', [pd(-5, 99, 'phone')], 'nl')).toBe('[telefoonnummer]');
    const emoji = 'x😀y';
    expect(maskPersonalData(emoji, [pd(2, 3, 'phone')], 'nl')).toBe('x[telefoonnummer]y');
    expect(maskPersonalData(emoji, [pd(1, 2, 'phone')], 'nl')).toBe('x[telefoonnummer]y');
  });

  it('returns the text unchanged without findings', () => {
    expect(maskPersonalData(text, [], 'nl')).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import { expectCase, findAll, findStanding, rows } from '../pd-test-kit.js';
import { PHONE_CASES } from './phone.cases.js';

describe('phone numbers', () => {
  it.each(rows(PHONE_CASES))('%s', (_label, c) => expectCase(c));

  it.each([
    ['06-12345678', 'nl-mobile'],
    ['020-1234567', 'nl-landline'],
    ['+32 470 12 34 56', 'intl-phone'],
    ['+44 7911 123456', 'intl-phone'],
  ])('names the rule of %s: %s', (number, rule) => {
    expect(findStanding(`bel ${number}`).map((f) => f.rule)).toEqual([rule]);
  });

  it('accepts an unissued number only after a phone word', () => {
    expect(findStanding('zijn nummer is 06-71448023').map((f) => f.rule)).toEqual(['nl-phone-unissued']);
    expect(findStanding('lotnummer 0671448023 gewonnen!')).toEqual([]);
  });

  it('keeps helplines as vetoed findings with the reason', () => {
    const [f] = findAll('Kindertelefoon 0800-0432');
    expect(f?.vetoed?.rule).toBe('public-number');
    expect(f?.vetoed?.why).toContain('kindertelefoon');
  });

  it('says in the group language why', () => {
    expect(findStanding('bel 06-12345678', { lang: 'en' })[0]?.why).toMatch(/phone number/);
    expect(findStanding('bel 06-12345678', { lang: 'nl' })[0]?.why).toMatch(/telefoonnummer/);
  });

  it('is medium', () => {
    expect(findStanding('mijn nummer 06-12345678')[0]?.severity).toBe('medium');
  });
});

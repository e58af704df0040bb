import { describe, expect, it } from 'vitest';
import { expectCase, findAll, findStanding, rows } from '../pd-test-kit.js';
import { ADDRESS_CASES } from './address.cases.js';

describe('postal addresses and postcodes', () => {
  it.each(rows(ADDRESS_CASES))('%s', (_label, c) => expectCase(c));

  it('names full addresses apart from street and number', () => {
    expect(findStanding('adres: Kerklaan 5b').map((f) => f.rule)).toEqual(['nl-address']);
    expect(findStanding('Kerklaan 5b, 1234 AB Dorp').map((f) => f.rule)).toEqual(['nl-address-full']);
  });

  it('reports one finding for a full address, not also its postcode', () => {
    expect(findStanding('Lindelaan 14, 3572 KD Utrecht').map((f) => f.kind)).toEqual(['postal_address']);
  });

  it.each(['SA', 'SD', 'SS'])('never takes the letters %s for a postcode', (letters) => {
    expect(findStanding(`woont in 1234 ${letters}`)).toEqual([]);
  });

  it('does not trust capitals in a shouting message', () => {
    expect(findStanding('WE GAAN IN 2024 EN 2025 WEER!')).toEqual([]);
  });

  it('vetoes an organisation address', () => {
    const [f] = findAll('Ons schooladres is Wilgenlaan 2, 3411 AB Lopik');
    expect(f?.vetoed?.rule).toBe('organisation');
  });
});

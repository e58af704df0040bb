import { describe, expect, it } from 'vitest';
import { expectCase, findAll, findStanding, rows } from '../pd-test-kit.js';
import { BANK_CASES } from './bank.cases.js';

describe('IBAN and card numbers', () => {
  it.each(rows(BANK_CASES))('%s', (_label, c) => expectCase(c));

  it.each([
    ['NL91ABNA0417164300', 'iban'],
    ['4111 1111 1111 1111', 'card-visa'],
    ['5500 0000 0000 0004', 'card-mastercard'],
    ['3782 822463 10005', 'card-amex'],
    ['6011 1111 1111 1117', 'card-discover'],
    ['3530 1113 3330 0000', 'card-jcb'],
  ])('%s is %s and high', (number, rule) => {
    const [f] = findStanding(`nummer ${number}`);
    expect(f?.rule).toBe(rule);
    expect(f?.severity).toBe('high');
  });

  it('vetoes an account held by an organisation', () => {
    const [f] = findAll('NL39 RABO 0300 0652 64 t.n.v. Stichting Ouderraad');
    expect(f?.vetoed?.rule).toBe('organisation');
  });

  it('does not read an IBAN glued to more letters', () => {
    expect(findStanding('xnl91abna0417164300')).toEqual([]);
    expect(findStanding('nl91abna0417164300x')).toEqual([]);
  });

  it('wants a usual card grouping', () => {
    expect(findStanding('4111 11 111111 1111')).toEqual([]);
  });
});

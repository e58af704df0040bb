import { describe, expect, it } from 'vitest';
import { expectCase, findStanding, rows } from '../pd-test-kit.js';
import { BSN_CASES } from './bsn.cases.js';

describe('BSN', () => {
  it.each(rows(BSN_CASES))('%s', (_label, c) => expectCase(c));

  it('is high', () => {
    expect(findStanding('bsn 111222333')[0]?.severity).toBe('high');
  });

  it('names whether a BSN word was there', () => {
    expect(findStanding('bsn 111222333')[0]?.rule).toBe('bsn');
    expect(findStanding('hier: 111222333')[0]?.rule).toBe('bsn-elfproef');
  });

  it('wants one separator throughout', () => {
    expect(findStanding('111 222.333')).toEqual([]);
  });

  it('does not read nine digits out of a longer number', () => {
    expect(findStanding('1234567821')).toEqual([]);
    expect(findStanding('11 1222333')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { expectCase, findStanding, rows } from '../pd-test-kit.js';
import { DOB_CASES } from './dob.cases.js';

describe('dates of birth', () => {
  it.each(rows(DOB_CASES))('%s', (_label, c) => expectCase(c));

  it('refuses impossible dates', () => {
    expect(findStanding('geboren op 31-02-2015')).toEqual([]);
    expect(findStanding('geboren op 12-13-2015')).toEqual([]);
    expect(findStanding('geboren op 29-02-2015')).toEqual([]);
  });

  it('accepts 29 February in a leap year', () => {
    expect(findStanding('geboren op 29-02-2012').map((f) => f.evidence)).toEqual(['29-02-2012']);
  });

  it('is medium', () => {
    expect(findStanding('geboren op 12-03-2015')[0]?.severity).toBe('medium');
  });
});

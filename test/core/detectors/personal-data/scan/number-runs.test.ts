import { describe, expect, it } from 'vitest';
import { findNumberRuns } from '../../../../../src/core/detectors/personal-data/scan/number-runs.js';

function groups(text: string): string[][] {
  return findNumberRuns(text).map((r) => r.groups.map((g) => g.digits));
}

describe('number runs', () => {
  it.each([
    ['06-1234 5678', [['06', '1234', '5678']]],
    ['+31 (0)6 12345678', [['31', '0', '6', '12345678']]],
    ['om 10:30 uur', [['10'], ['30']]],
    ['€ 12,50', [['12', '50']]],
    ['groep 7b en 8', [['7'], ['8']]],
  ])('%s', (text, expected) => expect(groups(text)).toEqual(expected));

  it('marks a plus and letters touching the run', () => {
    const [run] = findNumberRuns('x+3161234567y');
    expect(run).toMatchObject({ plus: true, gluedBefore: true, gluedAfter: true });
  });

  it('reads spelled digits right before a number', () => {
    const [run] = findNumberRuns('nul zes, 11 22 33 44');
    expect(run?.groups.map((g) => [g.digits, g.spelled])).toEqual([
      ['0', true],
      ['6', true],
      ['11', false],
      ['22', false],
      ['33', false],
      ['44', false],
    ]);
  });

  it('never turns words alone into a number', () => {
    expect(findNumberRuns('een twee drie vier')).toEqual([]);
  });

  it('keeps separators of at most three characters', () => {
    expect(groups('06    12345678')).toEqual([['06'], ['12345678']]);
  });
});

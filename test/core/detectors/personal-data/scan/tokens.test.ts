import { describe, expect, it } from 'vitest';
import { tokenAt, tokenise } from '../../../../../src/core/detectors/personal-data/scan/tokens.js';

describe('tokens', () => {
  it('spells out contractions', () => {
    expect(tokenise("she's got it, m'n zoon doesn’t").map((t) => t.word)).toEqual([
      'she',
      'is',
      'got',
      'it',
      'mijn',
      'zoon',
      'does',
      'not',
    ]);
  });

  it('marks a break only before the first word of a contraction', () => {
    expect(tokenise("we're in").map((t) => [t.word, t.breakBefore])).toEqual([
      ['we', true],
      ['are', false],
      ['in', false],
    ]);
  });

  it('marks sentence breaks and commas', () => {
    const t = tokenise('a, b. c');
    expect(t.map((x) => [x.word, x.breakBefore, x.commaBefore])).toEqual([
      ['a', true, false],
      ['b', false, true],
      ['c', true, false],
    ]);
  });

  it('finds the token at an offset', () => {
    const t = tokenise('tim heeft adhd');
    expect(tokenAt(t, 10)).toBe(2);
    expect(tokenAt(t, 0)).toBe(0);
  });
});

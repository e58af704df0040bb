import { describe, expect, it } from 'vitest';
import { restsOnIdentity } from '../../../../src/core/detectors/model/identity-evidence.js';

const logit = (p: number) => Math.log(p / (1 - p));

describe('a model hit that rests on naming a group', () => {
  const identityAt = (tokens: number[]) => (i: number) => tokens.includes(i);

  it('rests on the name when the rest falls below three quarters of the threshold without it', () => {
    // score 0.6; the name (token 12) pushes the logit by 2.5: without it 0.11 < 0.375.
    const c = Float64Array.from([0.3, 2.5, 0.2]);
    expect(restsOnIdentity(c, 11, identityAt([12]), 0.6, 0.5)).toBe(true);
  });

  it('does not when what is said carries a fair share (without the name at or above three quarters of the threshold)', () => {
    const p = 0.74;
    const push = logit(p) - logit(0.4);
    const c = Float64Array.from([push, 1.2, 1.5]);
    expect(restsOnIdentity(c, 0, identityAt([0]), p, 0.5)).toBe(false);
  });

  it('counts only identity tokens that push towards the category, and nothing without one', () => {
    const c = Float64Array.from([-1, 0.4]);
    expect(restsOnIdentity(c, 0, identityAt([0]), 0.6, 0.5)).toBe(false);
    expect(restsOnIdentity(Float64Array.from([3, 3]), 0, identityAt([]), 0.9, 0.5)).toBe(false);
  });
});

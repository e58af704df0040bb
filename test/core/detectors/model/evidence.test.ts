import { describe, expect, it } from 'vitest';
import { findEvidence, type Place } from '../../../../src/core/detectors/model/evidence.js';

/** Tokens 0-3 in clause 0, 4-7 in clause 1, all one sentence; token 8 a new sentence. */
const place = (t: number): Place => ({ clause: t < 4 ? 0 : t < 8 ? 1 : 2, sentence: t < 8 ? 0 : 1 });

describe('findEvidence', () => {
  it('anchors on the strongest word and its strong neighbours, and quotes its clause', () => {
    const c = Float64Array.from([0, 0.1, 0, 0, 0.2, 1.0, 0.6, 0, 0]);
    const e = findEvidence(c, 0, place);
    expect([e.anchorFirst, e.anchorLast]).toEqual([5, 6]);
    expect([e.first, e.last]).toEqual([4, 7]);
    expect(e.strongest).toEqual([5, 6, 4]);
  });

  it('widens to the other strongest words of the sentence, never past it', () => {
    const c = Float64Array.from([0.9, 0, 0, 0, 0, 1.0, 0, 0, 0.95]);
    const e = findEvidence(c, 0, place);
    expect([e.first, e.last]).toEqual([0, 7]);
    expect(e.strongest).toEqual([5, 8, 0]);
  });

  it('counts tokens from the window’s offset and stays inside the window', () => {
    const e = findEvidence(Float64Array.from([0, 1]), 4, place);
    expect([e.anchorFirst, e.first, e.last]).toEqual([5, 4, 5]);
  });
});

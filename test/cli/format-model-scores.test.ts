import { describe, expect, it } from 'vitest';
import { formatModelScores } from '../../src/cli/format-model-scores.js';

describe('formatModelScores', () => {
  it('prints each category with its score, whether it flags, and the words behind it', () => {
    const out = formatModelScores([
      { category: 'threat', score: 0.82, threshold: 0.56, words: [{ word: 'morgen', weight: 0.7612 }] },
      { category: 'bullying', score: 0.31, threshold: 0.51, words: [] },
    ]);
    expect(out).toContain('model:\n');
    expect(out).toContain('  threat         0.82 (flags; flags from 0.56)  driven by "morgen" +0.76');
    expect(out).toContain('  bullying       0.31 (below; flags from 0.51)\n');
  });

  it('says so when nothing scores, and prints nothing without a model', () => {
    expect(formatModelScores([])).toContain('no category scores 0.10 or more');
    expect(formatModelScores(undefined)).toBe('');
  });
});

import type { ModelExplanation } from '../core/detectors/model/explain-scores.js';

/**
 * The model's part of `klaswacht explain`: every category it scores above the display
 * threshold, whether that reaches the category's threshold, and the words that drove it
 * (as written, with what each added).
 */
export function formatModelScores(scores: readonly ModelExplanation[] | undefined): string {
  if (scores === undefined) return '';
  const out = ['', scores.length === 0 ? 'model:       no category scores 0.10 or more' : 'model:'];
  for (const s of scores) {
    const verdict = s.score >= s.threshold ? 'flags' : 'below';
    const words = s.words.map((w) => `${JSON.stringify(w.word)} +${w.weight.toFixed(2)}`).join(', ');
    out.push(
      `  ${s.category.padEnd(14)} ${s.score.toFixed(2)} (${verdict}; flags from ${s.threshold.toFixed(2)})${words ? `  driven by ${words}` : ''}`,
    );
  }
  return `${out.join('\n')}\n`;
}

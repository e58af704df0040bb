import type { NormalisedText } from '../../text/normalised-text.js';
import { type AbuseModel, type ModelCategory, scoreText, tokenContributions } from './abuse-model.js';
import { extractFeatures } from './features.js';

/** What `klaswacht explain` shows of the model for one category. */
export interface ModelExplanation {
  readonly category: ModelCategory;
  readonly score: number;
  readonly threshold: number;
  /** The words that pushed the score up most, with what each added to the logit. */
  readonly words: ReadonlyArray<{ readonly word: string; readonly weight: number }>;
}

/** Below this probability a category is not worth showing. */
export const DISPLAY_THRESHOLD = 0.1;

/**
 * Every category whose score reaches `minScore`, highest first, with the words that drove
 * it (`explain`: why the model would or would not flag). Pure, like the detector.
 */
export function explainModel(
  model: AbuseModel,
  text: NormalisedText,
  minScore: number = DISPLAY_THRESHOLD,
  maxWords = 4,
): ModelExplanation[] {
  const { best, window } = scoreText(model, text.value);
  const features = extractFeatures(text.value, model.features);
  const out: ModelExplanation[] = [];
  model.categories.forEach((m, c) => {
    const score = best[c] as number;
    const w = features.windows[window[c] as number];
    if (score < minScore || !w) return;
    const contributions = tokenContributions(model, w, c);
    const words = [...contributions.keys()]
      .filter((i) => (contributions[i] as number) > 0)
      .sort((a, b) => (contributions[b] as number) - (contributions[a] as number) || a - b)
      .slice(0, maxWords)
      .map((i) => {
        const t = w.first + i;
        const start = features.tokens.starts[t] as number;
        const end = features.tokens.ends[t] as number;
        return {
          word: text.original.slice(text.toOriginal(start), text.toOriginalEnd(end)),
          weight: contributions[i] as number,
        };
      });
    out.push({ category: m.category, score, threshold: m.threshold, words });
  });
  return out.sort((a, b) => b.score - a.score);
}

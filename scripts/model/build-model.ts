import type { AbuseModel, CategoryModel } from '../../src/core/detectors/model/abuse-model.js';
import { MODEL_CATEGORIES, scoreWindow } from '../../src/core/detectors/model/abuse-model.js';
import {
  DEFAULT_FEATURES,
  extractFeatures,
  type FeatureSettings,
} from '../../src/core/detectors/model/features.js';
import type { ModelFileInput } from '../../src/core/detectors/model/model-file.js';
import { normalise } from '../../src/core/text/normalise.js';
import { quantise } from './quantise.js';
import { seededRandom } from './seeded-random.js';
import { chooseThreshold, type Threshold, type ThresholdRule } from './thresholds.js';
import { type Example, type TrainOptions, trainLinear } from './train-linear.js';
import type { TrainingLine } from './training-corpus.js';

export interface BuildOptions {
  readonly features: FeatureSettings;
  readonly train: Omit<TrainOptions, 'categories' | 'buckets'>;
  readonly folds: number;
  readonly foldSeed: number;
  readonly thresholds: ThresholdRule;
}

/** The settings `npm run train` uses (README, "The model"). */
export const DEFAULT_BUILD: BuildOptions = {
  features: DEFAULT_FEATURES,
  train: { epochs: 30, learningRate: 2, l2: 3e-3, posPower: 0.5, seed: 1, average: false },
  folds: 5,
  foldSeed: 7,
  thresholds: { precisionFloor: 0.85, trapBudget: 0.005, ordinaryBudget: 0.0025, minimum: 0.05 },
};

export interface Built {
  readonly file: ModelFileInput;
  /** The final model, as the detector will load it. */
  readonly model: AbuseModel;
  /** Fold of every line, and the model trained without that fold (thresholds chosen without it too). */
  readonly fold: readonly number[];
  readonly foldModels: readonly AbuseModel[];
  /** Cross-validated probability of every line per category (`MODEL_CATEGORIES` order). */
  readonly oof: readonly Float64Array[];
  readonly thresholds: readonly Threshold[];
}

const K = MODEL_CATEGORIES.length;

/**
 * Corpus lines in, model out, with no I/O and no clock: features with the detector's own
 * extractor, k-fold cross-validation for the thresholds, then the final model on every
 * line. Deterministic: the same lines and options give the same bytes.
 */
export function buildModel(
  lines: readonly TrainingLine[],
  o: BuildOptions,
  meta: Record<string, unknown>,
): Built {
  const examples = lines.map((l) => toExamples(l, o.features));
  const random = seededRandom(o.foldSeed);
  const fold = lines.map(() => Math.floor(random() * o.folds));
  const oof: Float64Array[] = lines.map(() => new Float64Array(K));
  const trainOptions: TrainOptions = { ...o.train, categories: K, buckets: 2 ** o.features.bucketsLog2 };
  const rawFolds: AbuseModel[] = [];
  for (let k = 0; k < o.folds; k++) {
    const model = fitModel(
      examples.filter((_, i) => fold[i] !== k).flat(),
      trainOptions,
      o.features,
      `cv-fold-${k}`,
      new Array(K).fill(0.5),
    );
    rawFolds.push(model);
    lines.forEach((_, i) => {
      if (fold[i] === k) oof[i] = scoreLine(model, examples[i] as Example[]);
    });
  }
  const chosen = (exclude: number) =>
    MODEL_CATEGORIES.map((cat, c) =>
      chooseThreshold(
        lines
          .map((l, i) => ({ l, i }))
          .filter(({ i }) => fold[i] !== exclude)
          .map(({ l, i }) => ({
            p: (oof[i] as Float64Array)[c] as number,
            positive: l.categories.has(cat),
            trap: l.trap !== undefined,
            ordinary: l.trap === undefined && l.categories.size === 0,
          })),
        o.thresholds,
      ),
    );
  const thresholds = chosen(-1);
  const foldModels = rawFolds.map((m, k) => withThresholds(m, chosen(k)));
  const final = withThresholds(
    fitModel(examples.flat(), trainOptions, o.features, 'final', new Array(K).fill(0.5)),
    thresholds,
  );
  const file: ModelFileInput = {
    about:
      'klaswacht abuse model: one-vs-rest logistic regression on hashed word, word-pair and character n-grams of the normalised text; trained by scripts/train-model.ts on test/corpus/train.* and dev.* (README, "The model").',
    features: o.features,
    training: {
      ...meta,
      lines: lines.length,
      ...o.train,
      folds: o.folds,
      foldSeed: o.foldSeed,
      ...o.thresholds,
    },
    categories: final.categories.map((c, i) => {
      const t = thresholds[i] as Threshold;
      return { ...c, cv: { precision: t.precision, recall: t.recall, trapHits: t.trapHits } };
    }),
    weights: final.weights,
  };
  return { file, model: final, fold, foldModels, oof, thresholds };
}

function toExamples(l: TrainingLine, features: FeatureSettings): Example[] {
  const y = Uint8Array.from(MODEL_CATEGORIES, (c) => (l.categories.has(c) ? 1 : 0));
  return extractFeatures(normalise(l.text).value, features).windows.map((window) => ({ window, y }));
}

function fitModel(
  examples: readonly Example[],
  options: TrainOptions,
  features: FeatureSettings,
  file: string,
  thresholds: readonly number[],
): AbuseModel {
  const q = quantise(trainLinear(examples, options));
  const categories: CategoryModel[] = MODEL_CATEGORIES.map((category, c) => ({
    category,
    bias: q.bias[c] as number,
    scale: q.scale[c] as number,
    threshold: thresholds[c] as number,
  }));
  return { features, categories, weights: q.weights, file };
}

function withThresholds(m: AbuseModel, t: readonly Threshold[]): AbuseModel {
  return {
    ...m,
    categories: m.categories.map((c, i) => ({ ...c, threshold: (t[i] as Threshold).threshold })),
  };
}

/** A line's probability per category: the highest over its windows, as the detector scores it. */
function scoreLine(model: AbuseModel, windows: readonly Example[]): Float64Array {
  const best = new Float64Array(K);
  const p = new Float64Array(K);
  for (const e of windows) {
    scoreWindow(model, e.window, p);
    for (let c = 0; c < K; c++) best[c] = Math.max(best[c] as number, p[c] as number);
  }
  return best;
}

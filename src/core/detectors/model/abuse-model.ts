import type { TextCategory } from '../../categories.js';
import { type FeatureSettings, type FeatureWindow, occurrences, visitWindows } from './features.js';

/** The categories the model scores: every harmful text category the rules read from words. */
export const MODEL_CATEGORIES = [
  'bullying',
  'threat',
  'hate',
  'extremism',
  'self_harm',
  'sexual',
  'account_abuse',
  'discrediting',
] as const satisfies readonly TextCategory[];

export type ModelCategory = (typeof MODEL_CATEGORIES)[number];

/** One category's part of the model, as trained. */
export interface CategoryModel {
  readonly category: ModelCategory;
  readonly bias: number;
  /** Quantisation step: a stored weight `q` means `q * scale`. */
  readonly scale: number;
  /** Probability from which a hit is flagged, chosen by cross-validation on the training data. */
  readonly threshold: number;
}

/**
 * The trained model, loaded from `config/model/abuse-model.json` by the app and handed to
 * the core like the lexicons. Weights are int8, dense in memory (`weights[bucket * K + c]`,
 * K categories) so that scoring is one array read per feature.
 */
export interface AbuseModel {
  readonly features: FeatureSettings;
  readonly categories: readonly CategoryModel[];
  readonly weights: Int8Array;
  /** Where it came from, for `explain` and error messages. */
  readonly file: string;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The probability of every category for one window (same order as `model.categories`). */
export function scoreWindow(model: AbuseModel, w: FeatureWindow, out: Float64Array): Float64Array {
  const K = model.categories.length;
  const sums = out;
  sums.fill(0);
  const q = model.weights;
  for (let k = 0; k < w.count; k++) {
    const base = (w.buckets[k] as number) * K;
    const v = w.values[k] as number;
    for (let c = 0; c < K; c++) sums[c] = (sums[c] as number) + v * (q[base + c] as number);
  }
  for (let c = 0; c < K; c++) {
    const m = model.categories[c] as CategoryModel;
    sums[c] = sigmoid(m.bias + m.scale * (sums[c] as number));
  }
  return sums;
}

/**
 * What each token of the window adds to category `c`'s logit: the words that drove a
 * score, for the evidence span and `why`. Indexed by token, `first` to `end` of the window.
 */
export function tokenContributions(model: AbuseModel, w: FeatureWindow, c: number): Float64Array {
  const K = model.categories.length;
  const scale = (model.categories[c] as CategoryModel).scale;
  const out = new Float64Array(w.end - w.first);
  for (let k = 0; k < w.count; k++) {
    const t = (w.tokens[k] as number) - w.first;
    out[t] =
      (out[t] as number) +
      (w.values[k] as number) * scale * (model.weights[(w.buckets[k] as number) * K + c] as number);
  }
  return out;
}

// Scratch for one window's dot products (scoring is synchronous).
let dots = new Float64Array(8);

/**
 * The detector's hot path: per category the highest probability over the message's
 * windows and the window it came from, scored straight from the feature scratch (no
 * arrays built). `extractFeatures` + `scoreWindow` give the same numbers.
 */
export function scoreText(model: AbuseModel, value: string): { best: number[]; window: number[] } {
  const K = model.categories.length;
  if (dots.length !== K) dots = new Float64Array(K);
  const best = new Array<number>(K).fill(0);
  const window = new Array<number>(K).fill(0);
  const q = model.weights;
  const { buckets, values } = occurrences;
  visitWindows(value, model.features, (n, inv, _first, _end, w) => {
    const d = dots;
    if (K === 8) dot8(n, buckets, values, q, d);
    else {
      d.fill(0);
      for (let k = 0; k < n; k++) {
        const base = (buckets[k] as number) * K;
        const v = values[k] as number;
        for (let c = 0; c < K; c++) d[c] = (d[c] as number) + v * (q[base + c] as number);
      }
    }
    for (let c = 0; c < K; c++) {
      const m = model.categories[c] as CategoryModel;
      const p = sigmoid(m.bias + m.scale * (d[c] as number) * inv);
      if (p > (best[c] as number)) {
        best[c] = p;
        window[c] = w;
      }
    }
  });
  return { best, window };
}

/** The eight categories' dot products with the accumulators in registers (the hot loop). */
function dot8(n: number, buckets: Int32Array, values: Float32Array, q: Int8Array, d: Float64Array): void {
  let d0 = 0;
  let d1 = 0;
  let d2 = 0;
  let d3 = 0;
  let d4 = 0;
  let d5 = 0;
  let d6 = 0;
  let d7 = 0;
  for (let k = 0; k < n; k++) {
    const b = (buckets[k] as number) << 3;
    const v = values[k] as number;
    d0 += v * (q[b] as number);
    d1 += v * (q[b + 1] as number);
    d2 += v * (q[b + 2] as number);
    d3 += v * (q[b + 3] as number);
    d4 += v * (q[b + 4] as number);
    d5 += v * (q[b + 5] as number);
    d6 += v * (q[b + 6] as number);
    d7 += v * (q[b + 7] as number);
  }
  d[0] = d0;
  d[1] = d1;
  d[2] = d2;
  d[3] = d3;
  d[4] = d4;
  d[5] = d5;
  d[6] = d6;
  d[7] = d7;
}

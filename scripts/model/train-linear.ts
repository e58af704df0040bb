import type { FeatureWindow } from '../../src/core/detectors/model/features.js';
import { seededRandom, shuffled } from './seeded-random.js';

/** One training example: a window of features and, per category, whether it is labelled. */
export interface Example {
  readonly window: FeatureWindow;
  /** One entry per category: 1 labelled, 0 not. */
  readonly y: Uint8Array;
  /** From a trap line: a look-alike of harm that must be left alone. */
  readonly trap: boolean;
}

export interface TrainOptions {
  readonly categories: number;
  readonly buckets: number;
  readonly epochs: number;
  /** Initial learning rate; it decays as 1 / sqrt(1 + epoch). */
  readonly learningRate: number;
  /** L2 decay applied to the weights an example touches. */
  readonly l2: number;
  /** Positive examples weigh (negatives / positives) ** posPower: rare categories are not drowned. */
  readonly posPower: number;
  /**
   * Weight of a trap line's windows as negatives (1 = like any benign line): the traps
   * share the harmful lines' words, so they are the negatives that teach what the words
   * around those (a game, a quote, a negation) change.
   */
  readonly trapWeight: number;
  readonly seed: number;
  /** Return the average of the weights over every step (averaged SGD): steadier, and less tied to the last examples seen. */
  readonly average: boolean;
}

export interface LinearWeights {
  readonly categories: number;
  readonly buckets: number;
  /** `weights[bucket * categories + c]`. */
  readonly weights: Float64Array;
  readonly bias: Float64Array;
}

/**
 * One-vs-rest logistic regression for every category at once, by stochastic gradient
 * descent over a seeded shuffle (deterministic: same examples and options, same weights).
 */
export function trainLinear(examples: readonly Example[], o: TrainOptions): LinearWeights {
  const K = o.categories;
  const weights = new Float64Array(o.buckets * K);
  const bias = new Float64Array(K);
  const posWeight = new Float64Array(K);
  for (let c = 0; c < K; c++) {
    const pos = examples.reduce((n, e) => n + (e.y[c] as number), 0);
    posWeight[c] = pos === 0 ? 1 : ((examples.length - pos) / pos) ** o.posPower;
  }
  const random = seededRandom(o.seed);
  const order = examples.map((_, i) => i);
  const z = new Float64Array(K);
  const g = new Float64Array(K);
  // Averaged SGD, the lazy way: avg = w - u / t, where u sums every update times its step.
  const u = o.average ? new Float64Array(weights.length) : undefined;
  const ub = new Float64Array(K);
  let t = 1;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const lr = o.learningRate / Math.sqrt(1 + epoch);
    const decay = 1 - lr * o.l2;
    for (const i of shuffled(order, random)) {
      const e = examples[i] as Example;
      const w = e.window;
      for (let c = 0; c < K; c++) z[c] = bias[c] as number;
      for (let k = 0; k < w.count; k++) {
        const base = (w.buckets[k] as number) * K;
        const v = w.values[k] as number;
        for (let c = 0; c < K; c++) z[c] = (z[c] as number) + v * (weights[base + c] as number);
      }
      for (let c = 0; c < K; c++) {
        const y = e.y[c] as number;
        const p = 1 / (1 + Math.exp(-(z[c] as number)));
        g[c] = (p - y) * (y === 1 ? (posWeight[c] as number) : e.trap ? o.trapWeight : 1);
        const db = -lr * (g[c] as number);
        bias[c] = (bias[c] as number) + db;
        ub[c] = (ub[c] as number) + t * db;
      }
      for (let k = 0; k < w.count; k++) {
        const base = (w.buckets[k] as number) * K;
        const v = w.values[k] as number;
        for (let c = 0; c < K; c++) {
          const at = base + c;
          const old = weights[at] as number;
          const next = old * decay - lr * (g[c] as number) * v;
          weights[at] = next;
          if (u) u[at] = (u[at] as number) + t * (next - old);
        }
      }
      t++;
    }
  }
  if (u) {
    for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) - (u[i] as number) / t;
    for (let c = 0; c < K; c++) bias[c] = (bias[c] as number) - (ub[c] as number) / t;
  }
  return { categories: K, buckets: o.buckets, weights, bias };
}

/** The raw score (logit) of one window for category `c`. */
export function logit(m: LinearWeights, w: FeatureWindow, c: number): number {
  let z = m.bias[c] as number;
  const K = m.categories;
  for (let k = 0; k < w.count; k++)
    z += (w.values[k] as number) * (m.weights[(w.buckets[k] as number) * K + c] as number);
  return z;
}

import type { LinearWeights } from './train-linear.js';

export interface QuantisedWeights {
  /** `[bucket * K + c]`, the stored weight is `q * scale[c]`. */
  readonly weights: Int8Array;
  readonly scale: Float64Array;
  readonly bias: Float64Array;
}

/**
 * int8 per weight with one scale per category. The scale comes from a high quantile of
 * the absolute weights rather than the maximum, so that a few large weights (clipped to
 * ±127) do not push every ordinary weight to zero. Weights that round to zero are pruned
 * by the sparse file format.
 */
export function quantise(m: LinearWeights, quantile = 0.9999): QuantisedWeights {
  const K = m.categories;
  const weights = new Int8Array(m.weights.length);
  const scale = new Float64Array(K);
  for (let c = 0; c < K; c++) {
    const abs: number[] = [];
    for (let b = 0; b < m.buckets; b++) {
      const w = Math.abs(m.weights[b * K + c] as number);
      if (w > 0) abs.push(w);
    }
    abs.sort((a, b) => a - b);
    const top =
      abs.length === 0 ? 1 : (abs[Math.min(abs.length - 1, Math.floor(abs.length * quantile))] as number);
    const s = top > 0 ? top / 127 : 1;
    scale[c] = s;
    for (let b = 0; b < m.buckets; b++) {
      const q = Math.round((m.weights[b * K + c] as number) / s);
      weights[b * K + c] = Math.max(-127, Math.min(127, q));
    }
  }
  return { weights, scale, bias: Float64Array.from(m.bias) };
}

import { FNV_OFFSET, pairHash } from './feature-hash.js';
import { hashUnit, type ModelTokens, modelTokens, scanTokens, tokenScratch } from './model-tokens.js';

/**
 * What the model reads, as plain data stored in the model file: the training script and
 * the detector extract features with this one module and these settings, so a model can
 * never be scored on features other than those it was trained on (the loader checks a
 * fingerprint, see `featureFingerprint`).
 */
export interface FeatureSettings {
  /** Bumped whenever this module changes what it computes. */
  readonly extractor: number;
  /** log2 of the number of hash buckets. */
  readonly bucketsLog2: number;
  readonly wordWeight: number;
  /** Adjacent word pairs (`maak je`, `je af`). */
  readonly bigramWeight: number;
  /** Word pairs with one word between (`ga ... slaan`); 0 turns them off. */
  readonly skipWeight: number;
  /** Character n-grams of each word with its boundaries (`<ka`, `ank`, `er>`). */
  readonly charMin: number;
  readonly charMax: number;
  readonly charWeight: number;
  /** Character n-grams are taken from at most this many leading characters of a word. */
  readonly maxWordChars: number;

  /** Tokens per scored window; a message with more is scored window by window. */
  readonly window: number;
  readonly step: number;
  /** Windows scored per message at most: the first half and the last half of them. */
  readonly maxWindows: number;
}

export const EXTRACTOR_VERSION = 1;

export const DEFAULT_FEATURES: FeatureSettings = {
  extractor: EXTRACTOR_VERSION,
  bucketsLog2: 15,
  wordWeight: 1,
  bigramWeight: 1,
  skipWeight: 0,
  charMin: 3,
  charMax: 4,
  charWeight: 0.5,
  maxWordChars: 20,
  window: 40,
  step: 20,
  maxWindows: 32,
};

/**
 * The features of one window of tokens, one entry per occurrence. A pair feature is
 * entered twice with half its weight, once for each of its words, so every feature's
 * weight can be credited to the words that produced it (`why` and the evidence span).
 * Values are L2-normalised over the window's merged buckets.
 */
export interface FeatureWindow {
  /** Tokens `[first, end)` of the message's ModelTokens. */
  readonly first: number;
  readonly end: number;
  readonly count: number;
  readonly buckets: readonly number[];
  readonly values: readonly number[];
  /** The token each occurrence is credited to. */
  readonly tokens: readonly number[];
}

export interface MessageFeatures {
  readonly tokens: ModelTokens;
  readonly windows: readonly FeatureWindow[];
}

/** Tokens read per message at most (the normalised text is capped at 64 KiB anyway). */
export const MAX_TOKENS = 1 << 15;

const SALT_WORD = 0x1b873593;
const SALT_BIGRAM = 0x2f7d1a4b;
const SALT_SKIP = 0x6a09e667;
const SALT_CHAR = 0x3c6ef372;
const GOLDEN = 0x9e3779b1 | 0;

/**
 * Features of a normalised message, window by window: one window for a chat message
 * (up to `window` tokens), overlapping windows for longer text, and for very long text
 * only the first and last `maxWindows / 2` windows, so the work per message is bounded
 * whatever its length. For training and `explain`; the detector scores through
 * `visitWindows` without copying anything out (same code, same numbers).
 */
export function extractFeatures(value: string, s: FeatureSettings): MessageFeatures {
  const tokens = modelTokens(value, MAX_TOKENS);
  const windows: FeatureWindow[] = [];
  visitWindows(value, s, (n, inv, first, end) => {
    const buckets = new Array<number>(n);
    const values = new Array<number>(n);
    const owners = new Array<number>(n);
    for (let k = 0; k < n; k++) {
      buckets[k] = occBuckets[k] as number;
      values[k] = (occValues[k] as number) * inv;
      owners[k] = occTokens[k] as number;
    }
    windows.push({ first, end, count: n, buckets, values, tokens: owners });
  });
  return { tokens, windows };
}

/**
 * The occurrences of the window being visited (scratch: valid only inside the visitor).
 * Values are raw weights; multiply by the visitor's `inv` for the L2-normalised value.
 */
export const occurrences: {
  readonly buckets: Int32Array;
  readonly values: Float32Array;
  readonly tokens: Int32Array;
} = {
  get buckets() {
    return occBuckets;
  },
  get values() {
    return occValues;
  },
  get tokens() {
    return occTokens;
  },
};

/**
 * Read the message's tokens and call `visit` for every window with its occurrence count,
 * the inverse of its L2 norm and its token range; the occurrences are in `occurrences`.
 */
export function visitWindows(
  value: string,
  s: FeatureSettings,
  visit: (n: number, inv: number, first: number, end: number, index: number) => void,
): number {
  const count = scanTokens(value, MAX_TOKENS);
  const ranges = windowRanges(count, s);
  for (let w = 0; w < ranges.length; w++) {
    const [first, end] = ranges[w] as [number, number];
    const n = collect(value, first, end, s);
    visit(n, inverseNorm(n), first, end, w);
  }
  return ranges.length;
}

/** `[first, end)` token ranges to score. */
export function windowRanges(count: number, s: FeatureSettings): Array<[number, number]> {
  if (count <= s.window) return [[0, count]];
  const starts: number[] = [];
  for (let at = 0; ; at += s.step) {
    const last = at + s.window >= count;
    starts.push(last ? count - s.window : at);
    if (last) break;
  }
  let picked = starts;
  if (starts.length > s.maxWindows) {
    const half = Math.floor(s.maxWindows / 2);
    picked = [...starts.slice(0, half), ...starts.slice(starts.length - half)];
  }
  return picked.map((a) => [a, a + s.window]);
}

/**
 * Occurrences per window at most (a window of 40 tokens of 20 letters makes about 2,500);
 * it keeps the norm's table below two thirds full.
 */
const MAX_OCCURRENCES = 2688;
// Scratch, reused for every window (extraction is synchronous): the occurrences being
// collected (the per-bucket sums for the norm are below).
const occBuckets = new Int32Array(MAX_OCCURRENCES);
const occValues = new Float32Array(MAX_OCCURRENCES);
const occTokens = new Int32Array(MAX_OCCURRENCES);
const wordUnits = new Int32Array(80);
let stamp = 0;

/** Collect one window's occurrences into the scratch; returns how many. */
function collect(value: string, first: number, end: number, s: FeatureSettings): number {
  const t = tokenScratch;
  // Fibonacci hashing: the top bits of the hash times the golden ratio are the bucket.
  const shift = 32 - s.bucketsLog2;
  const halfBigram = s.bigramWeight / 2;
  const halfSkip = s.skipWeight / 2;
  const chars = s.charWeight > 0;
  const limit = MAX_OCCURRENCES - 4;
  let n = 0;
  for (let i = first; i < end && n < limit; i++) {
    const h = t[4 * i + 2] as number;
    occBuckets[n] = Math.imul(h ^ SALT_WORD, GOLDEN) >>> shift;
    occValues[n] = s.wordWeight;
    occTokens[n++] = i;
    if (halfBigram > 0 && i + 1 < end) {
      const b = pairHash(h, t[4 * (i + 1) + 2] as number, SALT_BIGRAM) >>> shift;
      occBuckets[n] = b;
      occValues[n] = halfBigram;
      occTokens[n++] = i;
      occBuckets[n] = b;
      occValues[n] = halfBigram;
      occTokens[n++] = i + 1;
    }
    if (halfSkip > 0 && i + 2 < end) {
      const k = pairHash(h, t[4 * (i + 2) + 2] as number, SALT_SKIP) >>> shift;
      occBuckets[n] = k;
      occValues[n] = halfSkip;
      occTokens[n++] = i;
      occBuckets[n] = k;
      occValues[n] = halfSkip;
      occTokens[n++] = i + 2;
    }
    if (chars && t[4 * i + 3] === 1)
      n = charGrams(value, t[4 * i] as number, t[4 * i + 1] as number, i, s, shift, n);
  }
  return n;
}

/** Character n-grams of `<word>`; a word longer than `maxWordChars` is cut and loses its end mark. */
function charGrams(
  value: string,
  start: number,
  wordEnd: number,
  i: number,
  s: FeatureSettings,
  shift: number,
  n: number,
): number {
  const cut = wordEnd - start > s.maxWordChars;
  const letters = cut ? s.maxWordChars : wordEnd - start;
  let len = 0;
  wordUnits[len++] = 0x02;
  for (let k = 0; k < letters; k++) wordUnits[len++] = hashUnit(value.charCodeAt(start + k));
  if (!cut) wordUnits[len++] = 0x03;
  const seed = Math.imul(FNV_OFFSET ^ SALT_CHAR, 0x01000193);
  const weight = s.charWeight;
  const limit = MAX_OCCURRENCES - 1;
  for (let p = 0; p + s.charMin <= len; p++) {
    let h = seed;
    const top = Math.min(s.charMax, len - p);
    for (let k = 0; k < top; k++) {
      h = Math.imul(h ^ (wordUnits[p + k] as number), 0x01000193);
      if (k + 1 >= s.charMin && n < limit) {
        occBuckets[n] = Math.imul(h, GOLDEN) >>> shift;
        occValues[n] = weight;
        occTokens[n++] = i;
      }
    }
  }
  return n;
}

/**
 * Per-bucket sums for the L2 norm: a small open-addressing table (it stays in the CPU
 * cache, unlike one slot per bucket), stamped per window instead of cleared.
 */
const TABLE_BITS = 12;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const tableKeys = new Int32Array(1 << TABLE_BITS);
const tableSums = new Float64Array(1 << TABLE_BITS);
const tableStamps = new Uint32Array(1 << TABLE_BITS);

/** 1 / the L2 norm of the window's merged buckets (0 for an empty window). */
function inverseNorm(n: number): number {
  stamp = (stamp + 1) >>> 0;
  if (stamp === 0) {
    tableStamps.fill(0);
    stamp = 1;
  }
  let sq = 0;
  for (let k = 0; k < n; k++) {
    const b = occBuckets[k] as number;
    const v = occValues[k] as number;
    let slot = Math.imul(b, GOLDEN) >>> (32 - TABLE_BITS);
    while (tableStamps[slot] === stamp && tableKeys[slot] !== b) slot = (slot + 1) & TABLE_MASK;
    if (tableStamps[slot] !== stamp) {
      tableStamps[slot] = stamp;
      tableKeys[slot] = b;
      tableSums[slot] = v;
      sq += v * v;
    } else {
      // (s + v)^2 - s^2: the square grows by what this occurrence adds.
      const old = tableSums[slot] as number;
      tableSums[slot] = old + v;
      sq += v * (2 * old + v);
    }
  }
  return sq > 0 ? 1 / Math.sqrt(sq) : 0;
}

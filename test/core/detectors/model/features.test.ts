import { describe, expect, it } from 'vitest';
import {
  type AbuseModel,
  MODEL_CATEGORIES,
  scoreText,
  scoreWindow,
} from '../../../../src/core/detectors/model/abuse-model.js';
import {
  DEFAULT_FEATURES,
  extractFeatures,
  type FeatureSettings,
  windowRanges,
} from '../../../../src/core/detectors/model/features.js';
import { featureFingerprint } from '../../../../src/core/detectors/model/fingerprint.js';
import { modelTokens } from '../../../../src/core/detectors/model/model-tokens.js';
import { normalise } from '../../../../src/core/text/normalise.js';

const S = DEFAULT_FEATURES;
const MB = 1024 * 1024;

function words(value: string): string[] {
  const t = modelTokens(value, 1000);
  return t.starts.map((s, i) => value.slice(s, t.ends[i]));
}

describe('the model’s tokens', () => {
  it('keeps apostrophes inside words, emoji as tokens, punctuation out', () => {
    expect(words("zo'n loser!! 🔪💀, ok?")).toEqual(["zo'n", 'loser', '🔪', '💀', 'ok']);
  });

  it("reads every apostrophe variant as one (don’t = don't)", () => {
    expect(modelTokens('don’t', 10).hashes).toEqual(modelTokens("don't", 10).hashes);
  });

  it('reads no more than it is asked to', () => {
    expect(modelTokens('a b c d e f', 3).count).toBe(3);
  });
});

describe('feature extraction', () => {
  it('is deterministic', () => {
    const v = normalise('Jij bent echt een l0s3r, ik maak je af 🔪').value;
    expect(extractFeatures(v, S)).toEqual(extractFeatures(v, S));
  });

  it('is L2-normalised over the merged buckets, every occurrence credited to a token of its window', () => {
    const w = extractFeatures('haha haha jij jij jij bent raar', S).windows[0];
    expect(w).toBeDefined();
    if (!w) return;
    const merged = new Map<number, number>();
    for (const [k, b] of w.buckets.entries()) merged.set(b, (merged.get(b) ?? 0) + (w.values[k] as number));
    const norm = Math.sqrt([...merged.values()].reduce((s, x) => s + x * x, 0));
    expect(norm).toBeCloseTo(1, 6);
    for (const t of w.tokens) {
      expect(t).toBeGreaterThanOrEqual(w.first);
      expect(t).toBeLessThan(w.end);
    }
  });

  it('scores a chat message as one window and a long text in overlapping windows, first and last', () => {
    expect(windowRanges(S.window, S)).toEqual([[0, S.window]]);
    const ranges = windowRanges(100_000, S);
    expect(ranges).toHaveLength(S.maxWindows);
    expect(ranges[0]).toEqual([0, S.window]);
    expect(ranges.at(-1)).toEqual([100_000 - S.window, 100_000]);
    const some = windowRanges(S.window + 5, S);
    expect(some.at(-1)?.[1]).toBe(S.window + 5);
  });

  it.each<[string, () => string]>([
    ['1 MB of one letter', () => 'a'.repeat(MB)],
    ['1 MB of words', () => 'ik maak je af '.repeat(MB / 14)],
    ['an emoji storm', () => '🔪💀🤡'.repeat(100_000)],
    ['letters split by spaces', () => 'k a n k e r '.repeat(100_000)],
    ['one giant word', () => 'kanker'.repeat(100_000)],
    ['unpaired surrogates', () => '\ud800a\udc00'.repeat(50_000)],
  ])('stays bounded on hostile input: %s', (_what, make) => {
    const f = extractFeatures(normalise(make()).value, S);
    expect(f.windows.length).toBeLessThanOrEqual(S.maxWindows);
    for (const w of f.windows) {
      expect(w.end - w.first).toBeLessThanOrEqual(S.window);
      expect(w.count).toBeLessThanOrEqual(S.window * (3 + 3 * (S.maxWordChars + 2)));
    }
  });

  it('an empty or punctuation-only message has no features and scores the bias', () => {
    expect(extractFeatures('', S).windows).toEqual([
      { first: 0, end: 0, count: 0, buckets: [], values: [], tokens: [] },
    ]);
    expect(extractFeatures('?! ...', S).windows[0]?.count).toBe(0);
  });
});

/** A model with seeded pseudo-random weights: scoring must agree whichever way it is done. */
function randomModel(settings: FeatureSettings): AbuseModel {
  const K = MODEL_CATEGORIES.length;
  const weights = new Int8Array(2 ** settings.bucketsLog2 * K);
  let x = 12345;
  for (let i = 0; i < weights.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    weights[i] = ((x >>> 16) % 255) - 127;
  }
  return {
    features: settings,
    categories: MODEL_CATEGORIES.map((category, c) => ({
      category,
      bias: c / 10 - 0.4,
      scale: 0.01,
      threshold: 0.5,
    })),
    weights,
    file: 'random',
  };
}

describe('scoring', () => {
  const model = randomModel({ ...S, bucketsLog2: 12 });

  it.each([
    'jij bent echt een loser',
    "I'm going to end you after school 🔪",
    Array.from({ length: 300 }, (_, i) => `woord${i % 41}`).join(' '),
  ])('the detector’s fused path gives the training path’s numbers: %s', (text) => {
    const v = normalise(text).value;
    const fused = scoreText(model, v);
    const windows = extractFeatures(v, model.features).windows;
    const p = new Float64Array(MODEL_CATEGORIES.length);
    MODEL_CATEGORIES.forEach((_c, c) => {
      const best = Math.max(...windows.map((w) => scoreWindow(model, w, p)[c] as number));
      expect(fused.best[c]).toBeCloseTo(best, 12);
    });
  });
});

describe('the feature fingerprint', () => {
  it('is stable for the same settings and changes with them', () => {
    expect(featureFingerprint(S)).toBe(featureFingerprint({ ...S }));
    expect(featureFingerprint({ ...S, charMax: S.charMax + 1 })).not.toBe(featureFingerprint(S));
    expect(featureFingerprint({ ...S, bucketsLog2: 14 })).not.toBe(featureFingerprint(S));
  });
});

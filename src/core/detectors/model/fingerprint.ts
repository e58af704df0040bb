import { hashString, mix32 } from './feature-hash.js';
import { extractFeatures, type FeatureSettings } from './features.js';

/**
 * Probe texts that exercise every part of the feature extractor: words, apostrophes,
 * emoji, a word past `maxWordChars`, and a message long enough for several windows.
 */
const PROBES: readonly string[] = [
  "ik maak je af, zo'n loser 🔪💀",
  "you're dead after school, don't tell anyone ❤️",
  `${'a'.repeat(40)} heel lang woord`,
  Array.from({ length: 150 }, (_, i) => `woord${i % 37}`).join(' '),
];

/**
 * A fingerprint of what the feature code computes under `settings`: the model file
 * stores the one it was trained with, and the loader refuses a model whose fingerprint
 * this build does not reproduce (the extractor changed without retraining).
 */
export function featureFingerprint(settings: FeatureSettings): string {
  let h = hashString(JSON.stringify(settings));
  for (const probe of PROBES) {
    const f = extractFeatures(probe, settings);
    for (const w of f.windows) {
      h = mix32(h ^ w.first ^ (w.end << 16));
      for (let k = 0; k < w.count; k++) {
        h = mix32(h ^ (w.buckets[k] as number));
        h = mix32(h ^ Math.round((w.values[k] as number) * 1e6));
        h = mix32(h ^ (w.tokens[k] as number));
      }
    }
  }
  return h.toString(16).padStart(8, '0');
}

import type { Engine } from '../../../src/app/engine.js';
import { analyse } from '../../../src/core/analyse.js';
import type { Category, PersonalDataKind, Severity } from '../../../src/core/categories.js';
import type { Detector } from '../../../src/core/detectors/detector.js';
import { DetectorRegistry } from '../../../src/core/detectors/registry.js';
import type { Finding } from '../../../src/core/finding.js';

/** Phrases the test detector flags, so scan tests do not depend on the shipped lexicons. */
const RULES: readonly [RegExp, Category, Severity, PersonalDataKind?][] = [
  [/\b(?:sukkel|loser)\b/gi, 'bullying', 'medium'],
  [/\bwacht maar\b/gi, 'threat', 'high'],
  [/\bkut\b/gi, 'profanity', 'low'],
  [/\b06-?\d{8}\b/g, 'personal_data', 'medium', 'phone'],
  [/\bniet meer leven\b/gi, 'self_harm', 'critical'],
];

const testDetector: Detector = {
  id: 'scan-test',
  categories: ['bullying', 'threat', 'profanity', 'personal_data', 'self_harm'],
  detect(text) {
    const out: Finding[] = [];
    for (const [pattern, category, severity, kind] of RULES) {
      for (const m of text.original.matchAll(pattern)) {
        out.push({
          category,
          severity,
          start: m.index,
          end: m.index + m[0].length,
          rule: `test:${category}`,
          why: `test rule for ${category}`,
          ...(kind ? { kind } : {}),
        });
      }
    }
    return out;
  },
};

/** An Engine over the real `analyse` with one deterministic test detector. */
export function fakeEngine(): Engine {
  const registry = new DetectorRegistry([testDetector]);
  return { analyse: (input) => analyse(registry, input), detectorIds: ['scan-test'] };
}

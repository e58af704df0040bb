import { loadLexicons } from '../../../../src/app/load-lexicons.js';
import { DEFAULT_CONFIG_DIR } from '../../../../src/app/paths.js';
import { type AnalyseInput, type Analysis, analyse } from '../../../../src/core/analyse.js';
import type { Language, Severity, TextCategory } from '../../../../src/core/categories.js';
import { severityRank } from '../../../../src/core/categories.js';
import { buildAbuseDetectors } from '../../../../src/core/detectors/abuse/abuse-detectors.js';
import { DetectorRegistry } from '../../../../src/core/detectors/registry.js';

/**
 * The abuse detectors on the shipped lexicons, without the personal-data detector, so
 * the abuse table tests test only what they are about. Built once per test file.
 */
export function abuseEngine(): (
  text: string,
  lang?: Language,
  context?: AnalyseInput['context'],
) => Analysis {
  const registry = new DetectorRegistry(buildAbuseDetectors(loadLexicons(DEFAULT_CONFIG_DIR)));
  return (text, lang, context) =>
    analyse(registry, { text, ...(lang ? { lang } : {}), ...(context ? { context } : {}) });
}

/** The most severe finding of a category, or undefined. */
export function worst(a: Analysis, category: TextCategory): Severity | undefined {
  let out: Severity | undefined;
  for (const f of a.findings) {
    if (f.category === category && (!out || severityRank(f.severity) > severityRank(out))) out = f.severity;
  }
  return out;
}

/** Categories flagged at medium or higher: what a teacher would be alerted about. */
export function alerts(a: Analysis): TextCategory[] {
  return [
    ...new Set(
      a.findings
        .filter((f) => severityRank(f.severity) >= severityRank('medium'))
        .map((f) => f.category as TextCategory),
    ),
  ];
}

/**
 * One table case: a message, the category it must raise (or `null`: nothing at medium or
 * higher) and, for positives, the severity expected.
 */
export type Case = readonly [
  lang: Language,
  text: string,
  category: TextCategory | null,
  severity?: Severity,
];

import { type Language, severityRank } from './categories.js';
import type { DetectContext } from './detectors/detector.js';
import type { DetectorRegistry } from './detectors/registry.js';
import type { Finding, Verdict } from './finding.js';
import { detectLanguage } from './text/detect-language.js';
import { normalise } from './text/normalise.js';
import type { NormalisedText } from './text/normalised-text.js';

/** What the core needs to judge one message; only `text` is required. */
export interface AnalyseInput {
  readonly text: string;
  readonly lang?: Language;
  readonly context?: Partial<Omit<DetectContext, 'lang'>>;
}

/** A verdict plus the normalised text it was reached on (for `explain` and masking). */
export interface Analysis extends Verdict {
  readonly normalised: NormalisedText;
}

const DEFAULT_CONTEXT: Omit<DetectContext, 'lang'> = {
  allowList: [],
  memberNames: [],
  teacherNames: [],
  mentions: [],
  isReply: false,
  authorRole: 'unknown',
};

/**
 * The one entry into the moderation core: normalise once, run every detector, keep
 * vetoed hits apart, and merge what several detectors found about the same words.
 * `klaswacht check`, `explain`, the bot's pipeline and the benchmark all call this.
 */
export function analyse(registry: DetectorRegistry, input: AnalyseInput): Analysis {
  const normalised = normalise(input.text);
  const lang = input.lang ?? detectLanguage(normalised.value);
  const context: DetectContext = { ...DEFAULT_CONTEXT, ...input.context, lang };
  const standing: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const detector of registry.list()) {
    for (const f of detector.detect(normalised, context)) (f.vetoed ? suppressed : standing).push(f);
  }
  const findings = mergeOverlaps(standing);
  let worst: Finding | undefined;
  for (const f of findings) if (!worst || severityRank(f.severity) > severityRank(worst.severity)) worst = f;
  return { lang, findings, suppressed, normalised, ...(worst ? { worst } : {}) };
}

/**
 * Two findings of one category on overlapping words are one problem: keep the more
 * severe (then the wider) one, so a teacher sees one line, not a detector's internals.
 */
function mergeOverlaps(findings: Finding[]): Finding[] {
  // Most messages have no finding and nothing to merge: skip the sorts and the map.
  if (findings.length < 2) return findings.slice();
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  // Kept findings of one category and kind never overlap and arrive by start, so a new
  // one can only overlap the last kept of its key: one sweep, linear after the sort.
  const lastOfKey = new Map<string, number>();
  for (const f of sorted) {
    const key = `${f.category}/${f.kind ?? ''}`;
    const i = lastOfKey.get(key);
    const k = i === undefined ? undefined : kept[i];
    if (i === undefined || !k || f.start >= k.end) {
      lastOfKey.set(key, kept.length);
      kept.push(f);
      continue;
    }
    const better =
      severityRank(f.severity) > severityRank(k.severity) ||
      (f.severity === k.severity && f.end - f.start > k.end - k.start);
    if (better) kept[i] = f;
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

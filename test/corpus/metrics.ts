import {
  type Category,
  type Severity,
  severityRank,
  TEXT_CATEGORIES,
  type TextCategory,
} from '../../src/core/categories.js';

/**
 * Scores predicted findings against the corpus labels. Pure: the eval runner does the
 * I/O. A line is predicted positive for category C when any finding of C is present;
 * severity agreement compares the most severe finding of C with the label of C.
 */

export interface ExpectedLabel {
  readonly category: TextCategory;
  readonly severity: Severity;
}

export interface PredictedFinding {
  readonly category: Category;
  readonly severity: Severity;
}

/** One corpus line with what the detectors found on it. */
export interface ScoredLine {
  readonly labels: readonly ExpectedLabel[];
  readonly trap?: string | undefined;
  readonly findings: readonly PredictedFinding[];
}

/** `share` is null when there was nothing to divide by. */
export interface Ratio {
  readonly hits: number;
  readonly total: number;
  readonly share: number | null;
}

export interface SeverityAgreement {
  readonly exact: Ratio;
  /** True positives whose predicted severity was below the label. */
  readonly under: number;
  readonly over: number;
}

export interface CategoryScore {
  readonly category: TextCategory;
  /** Lines labelled with the category. */
  readonly support: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  readonly severity: SeverityAgreement;
}

export interface CorpusMetrics {
  readonly lines: number;
  readonly perCategory: readonly CategoryScore[];
  /** Trap lines with no labels that got no finding at all. */
  readonly trapLeftAlone: Ratio;
  /** All trap lines (benign or `low` only) that got no finding of medium or higher. */
  readonly trapNoMediumPlus: Ratio;
  /** Benign lines without a trap tag that raised medium or higher (lower is better). */
  readonly ordinaryMediumPlus: Ratio;
  /** Over every (line, category) true positive. */
  readonly severity: SeverityAgreement;
}

export function ratio(hits: number, total: number): Ratio {
  return { hits, total, share: total === 0 ? null : hits / total };
}

export function computeMetrics(scored: readonly ScoredLine[]): CorpusMetrics {
  const perCategory = TEXT_CATEGORIES.map((c) => scoreCategory(scored, c));
  const trapLines = scored.filter((s) => s.trap !== undefined);
  const benignTraps = trapLines.filter((s) => s.labels.length === 0);
  const ordinary = scored.filter((s) => s.trap === undefined && s.labels.length === 0);
  const allTp = perCategory.map((p) => p.severity);
  const exactHits = allTp.reduce((n, s) => n + s.exact.hits, 0);
  const exactTotal = allTp.reduce((n, s) => n + s.exact.total, 0);
  return {
    lines: scored.length,
    perCategory,
    trapLeftAlone: ratio(benignTraps.filter((s) => s.findings.length === 0).length, benignTraps.length),
    trapNoMediumPlus: ratio(trapLines.filter((s) => !hasMediumPlus(s)).length, trapLines.length),
    ordinaryMediumPlus: ratio(ordinary.filter(hasMediumPlus).length, ordinary.length),
    severity: {
      exact: ratio(exactHits, exactTotal),
      under: allTp.reduce((n, s) => n + s.under, 0),
      over: allTp.reduce((n, s) => n + s.over, 0),
    },
  };
}

function scoreCategory(scored: readonly ScoredLine[], category: TextCategory): CategoryScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exact = 0;
  let under = 0;
  let over = 0;
  for (const s of scored) {
    const label = s.labels.find((l) => l.category === category);
    const predicted = worstOf(s.findings, category);
    if (label && predicted) {
      tp++;
      const diff = severityRank(predicted) - severityRank(label.severity);
      if (diff === 0) exact++;
      else if (diff < 0) under++;
      else over++;
    } else if (predicted) fp++;
    else if (label) fn++;
  }
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  const f1 = precision === null || recall === null ? null : harmonic(precision, recall);
  return {
    category,
    support: tp + fn,
    tp,
    fp,
    fn,
    precision,
    recall,
    f1,
    severity: { exact: ratio(exact, tp), under, over },
  };
}

function worstOf(findings: readonly PredictedFinding[], category: Category): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of findings) {
    if (f.category !== category) continue;
    if (worst === undefined || severityRank(f.severity) > severityRank(worst)) worst = f.severity;
  }
  return worst;
}

function hasMediumPlus(s: ScoredLine): boolean {
  return s.findings.some((f) => severityRank(f.severity) >= severityRank('medium'));
}

function harmonic(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export { formatMetrics } from './metrics-table.js';

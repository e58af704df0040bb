/** One line's cross-validated probability for a category, with what the line is. */
export interface Scored {
  readonly p: number;
  readonly positive: boolean;
  readonly trap: boolean;
  /** Benign and not a trap: ordinary chat. */
  readonly ordinary: boolean;
}

export interface ThresholdRule {
  /** Cross-validated precision the threshold must keep. */
  readonly precisionFloor: number;
  /** Share of the trap lines the category may flag at most (the traps must be left alone). */
  readonly trapBudget: number;
  /** Share of the ordinary benign lines the category may flag at most. */
  readonly ordinaryBudget: number;
  /** Never below this probability, however the numbers fall. */
  readonly minimum: number;
  /**
   * Count a line as flagged only when the hit survives the context rules and inherited
   * vetoes (as in the shipped detector), rather than whenever the score passes: the
   * budgets then measure what a teacher would see. Needs a `Judge` (the lexicons).
   */
  readonly afterContext: boolean;
}

export interface Threshold {
  readonly threshold: number;
  readonly precision: number;
  readonly recall: number;
  readonly trapHits: number;
}

/**
 * The threshold with the highest cross-validated recall whose precision stays at or above
 * the floor and that flags no more trap lines and ordinary lines than the budgets allow. Scores are walked
 * from the highest down; the threshold sits halfway to the next lower score, so that the
 * choice does not hinge on one line's exact score.
 */
export function chooseThreshold(scored: readonly Scored[], rule: ThresholdRule): Threshold {
  const sorted = [...scored].sort((a, b) => b.p - a.p);
  const positives = sorted.filter((s) => s.positive).length;
  const traps = sorted.filter((s) => s.trap).length;
  const budget = Math.floor(traps * rule.trapBudget);
  const ordinaryBudget = Math.floor(sorted.filter((s) => s.ordinary).length * rule.ordinaryBudget);
  let ordinaryHits = 0;
  let tp = 0;
  let fp = 0;
  let trapHits = 0;
  let best: Threshold = { threshold: 0.99, precision: 1, recall: 0, trapHits: 0 };
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i] as Scored;
    if (s.positive) tp++;
    else fp++;
    if (s.trap && !s.positive) trapHits++;
    if (s.ordinary) ordinaryHits++;
    if (trapHits > budget || ordinaryHits > ordinaryBudget) break;
    const next = sorted[i + 1];
    // Ties: only a point between two different scores can be a threshold.
    if (next && next.p === s.p) continue;
    const threshold = next ? (s.p + next.p) / 2 : s.p / 2;
    if (threshold < rule.minimum) break;
    const precision = tp / (tp + fp);
    const recall = positives === 0 ? 0 : tp / positives;
    if (precision >= rule.precisionFloor && recall > best.recall)
      best = { threshold, precision, recall, trapHits };
  }
  return best;
}

import { type Severity, severityRank, shiftSeverity } from '../categories.js';
import { CATEGORY_RULES } from './category-rules.js';
import type { Raise } from './policy-action.js';
import type { PastIncident } from './policy-input.js';
import type { PolicySettings } from './policy-settings.js';
import { DAY_MS_POLICY } from './timing.js';

/** The decayed weight of a member's earlier breaches. */
export interface StrikeWeight {
  readonly count: number;
  readonly weight: number;
}

/**
 * A7 "repeated breaches": every earlier breach in the window counts, weighing 1 when it
 * happened and half as much after each half-life, so a parent who slipped once months
 * ago starts fresh while three insults this week add up. False alarms never count, nor
 * categories that are no breach by the writer (self-harm, consent, lesson time).
 */
export function strikeWeight(
  past: readonly PastIncident[],
  now: Date,
  settings: PolicySettings['strikes'],
): StrikeWeight {
  let count = 0;
  let weight = 0;
  for (const p of past) {
    if (p.status === 'false_alarm' || !CATEGORY_RULES[p.category].strike) continue;
    const ageDays = Math.max(0, now.getTime() - p.createdAt.getTime()) / DAY_MS_POLICY;
    if (ageDays > settings.windowDays) continue;
    count += 1;
    weight += 0.5 ** (ageDays / settings.halfLifeDays);
  }
  return { count, weight };
}

/**
 * Raises a severity by one or two steps for the strike weight, never past
 * `maxRaisedSeverity` and never lowering what the message itself showed.
 */
export function raiseForStrikes(
  severity: Severity,
  strikes: StrikeWeight,
  settings: PolicySettings['strikes'],
): { readonly severity: Severity; readonly raised?: Raise } {
  const steps = strikes.weight >= settings.raiseTwoAt ? 2 : strikes.weight >= settings.raiseOneAt ? 1 : 0;
  if (steps === 0 || severityRank(severity) >= severityRank(settings.maxRaisedSeverity)) return { severity };
  const shifted = shiftSeverity(severity, steps);
  const capped =
    severityRank(shifted) > severityRank(settings.maxRaisedSeverity) ? settings.maxRaisedSeverity : shifted;
  return {
    severity: capped,
    raised: {
      from: severity,
      steps: severityRank(capped) - severityRank(severity),
      count: strikes.count,
      weight: Math.round(strikes.weight * 100) / 100,
    },
  };
}

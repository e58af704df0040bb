import { describe, expect, it } from 'vitest';
import type { TextCategory } from '../../src/core/categories.js';
import { evaluateCorpus, formatReport, type Split } from './eval-cli.js';

/**
 * The corpus floors: per category precision and recall, traps left alone and ordinary
 * benign lines raising medium or higher, for the dev set and (when present) the
 * holdout. Each floor sits a little under what the detectors measure now, so a change
 * that makes moderation worse fails CI; raise them when the detectors get better.
 * The holdout floors are low on purpose: they are what the rules and the trained model,
 * written and trained without ever reading the holdout, achieve today (see the README,
 * "How well it works").
 */
interface Floors {
  readonly recall: Record<TextCategory, number>;
  readonly precision: Record<TextCategory, number>;
  /** Benign trap lines with no finding at all. */
  readonly trapsLeftAlone: number;
  /** Ordinary benign lines raising medium or higher: a ceiling. */
  readonly ordinaryMediumPlus: number;
}

const FLOORS: Record<Split, Floors> = {
  dev: {
    recall: {
      bullying: 0.93,
      threat: 0.95,
      hate: 0.95,
      extremism: 0.95,
      self_harm: 0.95,
      sexual: 0.93,
      personal_data: 0.9,
      account_abuse: 0.93,
      discrediting: 0.93,
      profanity: 0.95,
    },
    precision: {
      bullying: 0.93,
      threat: 0.93,
      hate: 0.93,
      extremism: 0.93,
      self_harm: 0.93,
      sexual: 0.93,
      personal_data: 0.9,
      account_abuse: 0.93,
      discrediting: 0.93,
      profanity: 0.93,
    },
    trapsLeftAlone: 0.95,
    ordinaryMediumPlus: 0.02,
  },
  holdout: {
    recall: {
      bullying: 0.55,
      threat: 0.72,
      hate: 0.65,
      extremism: 0.8,
      self_harm: 0.6,
      sexual: 0.82,
      personal_data: 0.8,
      account_abuse: 0.8,
      discrediting: 0.56,
      profanity: 0.85,
    },
    precision: {
      bullying: 0.78,
      threat: 0.88,
      hate: 0.9,
      extremism: 0.88,
      self_harm: 0.85,
      sexual: 0.82,
      personal_data: 0.9,
      account_abuse: 0.84,
      discrediting: 0.84,
      profanity: 0.95,
    },
    trapsLeftAlone: 0.92,
    ordinaryMediumPlus: 0.02,
  },
};

const results = evaluateCorpus();

describe('corpus floors', () => {
  it('prints the scores (dev and holdout separately)', () => {
    console.log(formatReport(results));
    expect(results.some((r) => r.split === 'dev')).toBe(true);
  });

  for (const r of results) {
    const floors = FLOORS[r.split];
    describe(r.split, () => {
      it.each(r.metrics.perCategory.map((c) => [c.category, c.recall, c.precision] as const))(
        '%s: recall and precision hold their floors',
        (category, recall, precision) => {
          expect(recall ?? 1, `${r.split} ${category} recall`).toBeGreaterThanOrEqual(
            floors.recall[category],
          );
          expect(precision ?? 1, `${r.split} ${category} precision`).toBeGreaterThanOrEqual(
            floors.precision[category],
          );
        },
      );

      it('leaves trap lines alone', () => {
        expect(r.metrics.trapLeftAlone.share ?? 1).toBeGreaterThanOrEqual(floors.trapsLeftAlone);
      });

      it('keeps ordinary benign lines below medium', () => {
        expect(r.metrics.ordinaryMediumPlus.share ?? 0).toBeLessThanOrEqual(floors.ordinaryMediumPlus);
      });
    });
  }
});

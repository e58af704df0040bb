import { describe, expect, it } from 'vitest';
import { computeMetrics, formatMetrics, ratio, type ScoredLine } from './metrics.js';

// Six hand-scored lines; every number below was worked out on paper.
const SIX: ScoredLine[] = [
  // A: bullying found, one step too severe.
  {
    labels: [{ category: 'bullying', severity: 'medium' }],
    findings: [{ category: 'bullying', severity: 'high' }],
  },
  // B: profanity found exactly, bullying missed.
  {
    labels: [
      { category: 'bullying', severity: 'high' },
      { category: 'profanity', severity: 'low' },
    ],
    findings: [{ category: 'profanity', severity: 'low' }],
  },
  // C: benign trap wrongly flagged as bullying (medium).
  { labels: [], trap: 'negation', findings: [{ category: 'bullying', severity: 'medium' }] },
  // D: ordinary benign, left alone.
  { labels: [], findings: [] },
  // E: benign trap with a low finding only.
  { labels: [], trap: 'numbers', findings: [{ category: 'personal_data', severity: 'low' }] },
  // F: ordinary benign raising a high threat.
  { labels: [], findings: [{ category: 'threat', severity: 'high' }] },
];

describe('computeMetrics', () => {
  const m = computeMetrics(SIX);
  const cat = (c: string) => m.perCategory.find((p) => p.category === c);

  it('counts tp, fp, fn and derives precision, recall and F1 per category', () => {
    expect(cat('bullying')).toMatchObject({
      support: 2,
      tp: 1,
      fp: 1,
      fn: 1,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
    });
    expect(cat('profanity')).toMatchObject({
      support: 1,
      tp: 1,
      fp: 0,
      fn: 0,
      precision: 1,
      recall: 1,
      f1: 1,
    });
    expect(cat('threat')).toMatchObject({
      support: 0,
      tp: 0,
      fp: 1,
      fn: 0,
      precision: 0,
      recall: null,
      f1: null,
    });
    expect(cat('personal_data')).toMatchObject({ fp: 1, precision: 0 });
    expect(cat('hate')).toMatchObject({
      support: 0,
      tp: 0,
      fp: 0,
      fn: 0,
      precision: null,
      recall: null,
      f1: null,
    });
  });

  it('reports every text category, in contract order', () => {
    expect(m.perCategory.map((p) => p.category)).toEqual([
      'bullying',
      'threat',
      'hate',
      'extremism',
      'self_harm',
      'sexual',
      'personal_data',
      'account_abuse',
      'discrediting',
      'profanity',
    ]);
    expect(m.lines).toBe(6);
  });

  it('scores trap lines and ordinary benign lines separately', () => {
    expect(m.trapLeftAlone).toEqual({ hits: 0, total: 2, share: 0 });
    expect(m.trapNoMediumPlus).toEqual({ hits: 1, total: 2, share: 0.5 });
    expect(m.ordinaryMediumPlus).toEqual({ hits: 1, total: 2, share: 0.5 });
  });

  it('measures severity agreement on true positives only', () => {
    expect(m.severity).toEqual({ exact: { hits: 1, total: 2, share: 0.5 }, under: 0, over: 1 });
    expect(cat('bullying')?.severity).toEqual({ exact: { hits: 0, total: 1, share: 0 }, under: 0, over: 1 });
  });

  it('takes the most severe finding of a category and notices severities that are too low', () => {
    const r = computeMetrics([
      {
        labels: [{ category: 'threat', severity: 'critical' }],
        findings: [
          { category: 'threat', severity: 'high' },
          { category: 'threat', severity: 'critical' },
        ],
      },
      {
        labels: [{ category: 'threat', severity: 'high' }],
        findings: [{ category: 'threat', severity: 'medium' }],
      },
    ]);
    expect(r.severity).toEqual({ exact: { hits: 1, total: 2, share: 0.5 }, under: 1, over: 0 });
    expect(r.perCategory[1]).toMatchObject({ category: 'threat', tp: 2, recall: 1, precision: 1 });
  });

  it('counts an event finding against a trap line but not for any text category', () => {
    const r = computeMetrics([
      {
        labels: [],
        trap: 'school-business',
        findings: [{ category: 'media_without_consent', severity: 'medium' }],
      },
    ]);
    expect(r.trapLeftAlone.hits).toBe(0);
    expect(r.trapNoMediumPlus.hits).toBe(0);
    expect(r.perCategory.every((p) => p.fp === 0)).toBe(true);
  });

  it('gives F1 0 when a category is both missed and wrongly raised', () => {
    const r = computeMetrics([
      { labels: [{ category: 'sexual', severity: 'critical' }], findings: [] },
      { labels: [], findings: [{ category: 'sexual', severity: 'high' }] },
    ]);
    expect(r.perCategory.find((p) => p.category === 'sexual')).toMatchObject({
      precision: 0,
      recall: 0,
      f1: 0,
    });
  });

  it('keeps shares null on an empty corpus', () => {
    const r = computeMetrics([]);
    expect(r.trapLeftAlone.share).toBeNull();
    expect(r.ordinaryMediumPlus.share).toBeNull();
    expect(r.severity.exact.share).toBeNull();
    expect(ratio(0, 0).share).toBeNull();
  });
});

describe('formatMetrics', () => {
  const text = formatMetrics(computeMetrics(SIX), 'six');

  it('prints one row per category with its numbers', () => {
    expect(text).toMatch(/^six: 6 lines$/m);
    expect(text).toMatch(/^bullying\s+2\s+1\s+1\s+1\s+0\.500\s+0\.500\s+0\.500\s+0\.000\s+0\s+1$/m);
    expect(text).toMatch(/^hate\s+0\s+0\s+0\s+0\s+n\/a\s+n\/a\s+n\/a\s+n\/a\s+0\s+0$/m);
  });

  it('prints the line-level shares', () => {
    expect(text).toMatch(/trap lines left alone \(no finding\)\s+0\/2\s+0\.0%/);
    expect(text).toMatch(/ordinary benign lines raising medium\+\s+1\/2\s+50\.0%/);
    expect(text).toMatch(/severity agreement on true positives\s+1\/2\s+50\.0%/);
  });
});

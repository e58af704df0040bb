import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse.js';
import type { Detector } from '../../src/core/detectors/detector.js';
import { DetectorRegistry } from '../../src/core/detectors/registry.js';
import type { Finding } from '../../src/core/finding.js';

/** A detector that reports fixed findings on the normalised word `needle`, mapped to the original. */
function wordDetector(
  id: string,
  needle: string,
  make: (start: number, end: number) => Partial<Finding>,
): Detector {
  return {
    id,
    categories: ['profanity'],
    detect(text) {
      const at = text.value.indexOf(needle);
      if (at === -1) return [];
      const start = text.toOriginal(at);
      const end = text.toOriginalEnd(at + needle.length);
      return [
        {
          category: 'profanity',
          severity: 'low',
          start,
          end,
          rule: id,
          why: `${needle} found`,
          ...make(start, end),
        },
      ];
    },
  };
}

describe('analyse', () => {
  it('normalises once and reports spans in the original text', () => {
    const registry = new DetectorRegistry([wordDetector('kut', 'kut', () => ({}))]);
    const text = 'Echt K.U.T joh';
    const v = analyse(registry, { text });
    expect(v.findings).toHaveLength(1);
    expect(text.slice(v.findings[0]?.start, v.findings[0]?.end)).toBe('K.U.T');
    expect(v.worst?.rule).toBe('kut');
  });

  it('keeps vetoed hits apart for explain and never counts them', () => {
    const veto = { rule: 'idiom', effect: 'vetoed' as const, why: 'a figure of speech' };
    const registry = new DetectorRegistry([wordDetector('dood', 'dood', () => ({ vetoed: veto }))]);
    const v = analyse(registry, { text: 'ik ga dood van het lachen' });
    expect(v.findings).toEqual([]);
    expect(v.worst).toBeUndefined();
    expect(v.suppressed).toHaveLength(1);
    expect(v.suppressed[0]?.vetoed).toEqual(veto);
  });

  it('merges overlapping findings of one category, keeping the most severe', () => {
    const registry = new DetectorRegistry([
      wordDetector('a', 'loser', () => ({ category: 'bullying', severity: 'medium' })),
      wordDetector('b', 'loser', (s, e) => ({
        category: 'bullying',
        severity: 'high',
        start: s,
        end: e + 4,
      })),
      wordDetector('c', 'loser', () => ({ category: 'profanity', severity: 'low' })),
    ]);
    const v = analyse(registry, { text: 'jij loser joh' });
    // Sorted by start, then end: the wider bullying span comes second.
    expect(v.findings.map((f) => [f.category, f.severity, f.rule])).toEqual([
      ['profanity', 'low', 'c'],
      ['bullying', 'high', 'b'],
    ]);
    expect(v.worst?.severity).toBe('high');
  });

  it('guesses the language unless it is given, and passes context to detectors', () => {
    let seen: unknown;
    const spy: Detector = {
      id: 'spy',
      categories: [],
      detect(_t, ctx) {
        seen = ctx;
        return [];
      },
    };
    const registry = new DetectorRegistry([spy]);
    expect(analyse(registry, { text: 'see you at the school tomorrow' }).lang).toBe('en');
    expect(analyse(registry, { text: 'tot morgen op school' }).lang).toBe('nl');
    expect(analyse(registry, { text: 'see you', lang: 'nl', context: { isReply: true } }).lang).toBe('nl');
    expect(seen).toMatchObject({ lang: 'nl', isReply: true, allowList: [], authorRole: 'unknown' });
  });

  it('merges a flood of findings in linear time (a quadratic merge would time out here)', () => {
    const flood: Detector = {
      id: 'flood',
      categories: ['profanity'],
      detect: () =>
        Array.from({ length: 200_000 }, (_, i) => ({
          category: 'profanity' as const,
          severity: 'low' as const,
          start: i,
          end: i + (i % 3 === 0 ? 2 : 1),
          rule: 'flood',
          why: 'test',
        })),
    };
    const v = analyse(new DetectorRegistry([flood]), { text: 'x' });
    // Every third finding swallows its neighbour: 200,000 become 133,333.
    expect(v.findings).toHaveLength(133_333);
  });

  it('refuses two detectors with one id', () => {
    const d = wordDetector('same', 'x', () => ({}));
    expect(() => new DetectorRegistry([d, d])).toThrow(/registered twice/);
  });
});

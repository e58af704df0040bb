import { describe, expect, it } from 'vitest';
import { type BuildOptions, buildModel, DEFAULT_BUILD } from '../../../../scripts/model/build-model.js';
import { chooseThreshold, type Scored } from '../../../../scripts/model/thresholds.js';
import { readTrainingLines, type TrainingLine } from '../../../../scripts/model/training-corpus.js';
import { MODEL_CATEGORIES } from '../../../../src/core/detectors/model/abuse-model.js';
import { encodeModelFile, parseModelFile } from '../../../../src/core/detectors/model/model-file.js';

/**
 * A small fixed sample and a small model, so that training twice takes a second; hits
 * are counted on their score alone (no judge: the context judge has its own tests).
 */
const SMALL: BuildOptions = {
  ...DEFAULT_BUILD,
  features: { ...DEFAULT_BUILD.features, bucketsLog2: 12 },
  train: { ...DEFAULT_BUILD.train, epochs: 3 },
  folds: 3,
  thresholds: { ...DEFAULT_BUILD.thresholds, afterContext: false },
};

function sample(): TrainingLine[] {
  const lines = readTrainingLines();
  return [
    ...lines.filter((l) => l.id.startsWith('nl-train-')).slice(0, 150),
    ...lines.filter((l) => l.id.startsWith('en-train-')).slice(0, 100),
  ];
}

describe('training', () => {
  const lines = sample();
  const once = encodeModelFile(buildModel(lines, SMALL, { files: ['sample'] }).file);

  it('is deterministic: the same lines and options give the same model file, byte for byte', () => {
    expect(encodeModelFile(buildModel(lines, SMALL, { files: ['sample'] }).file)).toBe(once);
  });

  it('depends on its seed (so the test above can fail)', () => {
    const other = buildModel(lines, { ...SMALL, train: { ...SMALL.train, seed: 2 } }, { files: ['sample'] });
    expect(encodeModelFile(other.file)).not.toBe(once);
  });

  it('writes a file the detector loads, with every category and a threshold for each', () => {
    const m = parseModelFile(once, 'sample.json');
    expect(m.categories.map((c) => c.category)).toEqual([...MODEL_CATEGORIES]);
    for (const c of m.categories) expect(c.threshold).toBeGreaterThan(0);
  });

  it('counts a hit the context rules veto as no hit when afterContext is set', () => {
    const after = { ...SMALL, thresholds: { ...SMALL.thresholds, afterContext: true } };
    expect(() => buildModel(lines, after, {})).toThrow(/needs a judge/);
    const none = buildModel(lines, after, {}, () => new Array(MODEL_CATEGORIES.length).fill(false));
    for (const t of none.thresholds) expect(t.recall).toBe(0);
    const all = buildModel(lines, after, {}, () => new Array(MODEL_CATEGORIES.length).fill(true));
    const plain = buildModel(lines, SMALL, {});
    expect(all.thresholds).toEqual(plain.thresholds);
    expect(plain.thresholds.some((t) => t.recall > 0)).toBe(true);
  });

  it('weighs trap lines as negatives by trapWeight', () => {
    const heavier = { ...SMALL, train: { ...SMALL.train, trapWeight: 3 } };
    expect(encodeModelFile(buildModel(lines, heavier, { files: ['sample'] }).file)).not.toBe(once);
    const noTraps = lines.filter((l) => l.trap === undefined);
    const a = buildModel(noTraps, SMALL, {});
    const b = buildModel(noTraps, heavier, {});
    expect(b.model.weights).toEqual(a.model.weights);
  });

  it('never reads the holdout', () => {
    expect(() => readTrainingLines(['holdout.nl.jsonl'])).toThrow(/not a training or dev file/);
    expect(lines.some((l) => l.id.includes('-ho-'))).toBe(false);
  });
});

describe('choosing a threshold by cross-validation', () => {
  const line = (p: number, positive: boolean, trap = false): Scored => ({
    p,
    positive,
    trap,
    ordinary: !positive && !trap,
  });
  const rule = {
    precisionFloor: 0.75,
    trapBudget: 0.5,
    ordinaryBudget: 1,
    minimum: 0.05,
    afterContext: false,
  };

  it('takes the most recall whose precision keeps the floor, halfway to the next score', () => {
    const scored = [
      line(0.9, true),
      line(0.8, true),
      line(0.7, false),
      line(0.6, true),
      line(0.5, true),
      line(0.4, false),
      line(0.3, false),
    ];
    const t = chooseThreshold(scored, rule);
    expect(t.recall).toBe(1);
    expect(t.precision).toBeCloseTo(0.8);
    expect(t.threshold).toBeCloseTo(0.45);
  });

  it('stops before the trap budget is spent', () => {
    const scored = [
      line(0.9, true),
      line(0.8, false, true),
      line(0.7, false, true),
      line(0.6, true),
      line(0.1, false),
    ];
    const loose = { ...rule, precisionFloor: 0.3 };
    // Two traps, a budget of one: the second trap ends the walk before the second positive.
    const tight = chooseThreshold(scored, loose);
    expect(tight).toMatchObject({ recall: 0.5, trapHits: 0 });
    expect(tight.threshold).toBeCloseTo(0.85);
    // A budget of both reaches it.
    expect(chooseThreshold(scored, { ...loose, trapBudget: 1 })).toMatchObject({ recall: 1, trapHits: 2 });
  });

  it('flags nothing when no threshold keeps the floor', () => {
    const t = chooseThreshold([line(0.9, false), line(0.8, false), line(0.7, true)], {
      ...rule,
      precisionFloor: 0.99,
    });
    expect(t.recall).toBe(0);
    expect(t.threshold).toBe(0.99);
  });
});

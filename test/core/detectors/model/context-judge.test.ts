import { describe, expect, it } from 'vitest';
import { contextJudge } from '../../../../scripts/model/context-judge.js';
import type { TrainingLine } from '../../../../scripts/model/training-corpus.js';
import { loadLexicons } from '../../../../src/app/load-lexicons.js';
import { DEFAULT_CONFIG_DIR } from '../../../../src/app/paths.js';
import { MODEL_CATEGORIES } from '../../../../src/core/detectors/model/abuse-model.js';
import { handModel } from './model-support.js';

const line = (text: string): TrainingLine => ({
  id: 'nl-train-9999',
  lang: 'nl',
  group: 'pupils',
  text,
  labels: [],
  categories: new Set(),
});

describe('the context judge the thresholds are chosen with', () => {
  const model = handModel({ threat: ['verzwiebelen'], bullying: ['snurfkop'] });
  const lines = [
    line('ik ga je morgen verzwiebelen'),
    line('ik ga je verzwiebelen in fortnite'),
    line("hij zei 'ik ga je verzwiebelen', wat moet ik doen?"),
    line('die printer is echt een snurfkop'),
    line('Daan is een snurfkop'),
  ];
  const judge = contextJudge(lines, loadLexicons(DEFAULT_CONFIG_DIR));
  const threat = MODEL_CATEGORIES.indexOf('threat');
  const bullying = MODEL_CATEGORIES.indexOf('bullying');

  it.each([
    [0, threat, true],
    [1, threat, false],
    [2, threat, false],
    [3, bullying, false],
    [4, bullying, true],
  ])('line %i, category %i: a hit stands = %s', (i, c, stands) => {
    expect(judge(model, i)[c]).toBe(stands);
  });

  it('judges every category whatever the model’s thresholds', () => {
    const strict = { ...model, categories: model.categories.map((c) => ({ ...c, threshold: 0.999 })) };
    expect(judge(strict, 0)[threat]).toBe(true);
  });
});

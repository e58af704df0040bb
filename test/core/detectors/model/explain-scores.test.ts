import { describe, expect, it } from 'vitest';
import { explainModel } from '../../../../src/core/detectors/model/explain-scores.js';
import { normalise } from '../../../../src/core/text/normalise.js';
import { handModel } from './model-support.js';

const model = handModel({ threat: ['verzwiebelen'], bullying: ['snurfkop'] });

describe('explainModel (what klaswacht explain shows of the model)', () => {
  it('lists the categories above the display threshold, highest first, with the words that drove them as written', () => {
    const text = 'Ik ga je VERZWIEBELEN, snurfkop';
    const out = explainModel(model, normalise(text));
    expect(out.map((e) => e.category).sort()).toEqual(['bullying', 'threat']);
    expect(out[0]?.score).toBeGreaterThanOrEqual(out[1]?.score ?? 1);
    const threat = out.find((e) => e.category === 'threat');
    expect(threat?.words[0]?.word).toBe('VERZWIEBELEN');
    expect(threat?.words[0]?.weight).toBeGreaterThan(0);
    expect(threat?.threshold).toBe(0.5);
  });

  it('shows nothing for a message the model does not score', () => {
    expect(explainModel(model, normalise('morgen gym'))).toEqual([]);
  });

  it('shows low scores when asked for them', () => {
    expect(explainModel(model, normalise('morgen gym'), 0).length).toBe(8);
  });
});

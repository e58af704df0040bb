import { describe, expect, it } from 'vitest';
import { abuseEngine, alerts } from './abuse-engine.js';

const run = abuseEngine();

describe('a protected group banned from a place is hate', () => {
  it.each([
    'No gay people allowed in my house.',
    'geen moslims in onze klas',
    'wij willen hier geen buitenlanders',
    "we willen geen homo's op deze school",
    'geen zwarten in mijn huis',
    'geen zwarte kinderen in mijn klas',
    'no immigrants in our street please',
    'we want no immigrants',
    'no jews allowed',
    'geen moslims welkom',
    'keep the foreigners out of our class',
    'hou die buitenlanders uit onze klas',
  ])('%s', (text) => {
    expect(alerts(run(text))).toContain('hate');
  });

  it.each([
    'geen telefoons in de klas',
    'no dogs allowed',
    'wij willen hier geen ruzie',
    'er zitten geen moslims in onze klas',
    'in onze klas zitten geen buitenlanders',
    'there are no muslims in our class',
    'Are there no Muslim families in our class?',
    'keep the dogs out of the kitchen',
    'wij willen geen moslims of christenen voortrekken, iedereen is welkom',
  ])('leaves alone: %s', (text) => {
    expect(alerts(run(text))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseRules } from '../../../../src/core/detectors/abuse/context/rule-schema.js';
import { CONTEXT_RULES } from '../../../../src/core/detectors/abuse/context/rules.js';

const rule = {
  id: 'negation',
  cues: [{ list: 'negation', kinds: ['not'] }],
  effect: 'vetoed',
  window: { scope: 'clause', before: 4, after: 0 },
  categories: ['bullying'],
  why: 'negated: the words say it is not so',
};

describe('context rules are data with a schema', () => {
  it('accepts the shipped rules', () => {
    expect(CONTEXT_RULES.length).toBeGreaterThan(5);
    expect(new Set(CONTEXT_RULES.map((r) => r.id))).toContain('counter-speech');
  });

  it.each([
    ['an unknown cue list', { ...rule, cues: [{ list: 'negations' }] }],
    ['an unknown effect', { ...rule, effect: 'ignored' }],
    ['an unknown category', { ...rule, categories: ['rudeness'] }],
    ['a rule id that is not kebab-case', { ...rule, id: 'Negation Rule' }],
    ['no explanation', { ...rule, why: '' }],
    ['an unknown key (a typo)', { ...rule, widnow: rule.window }],
  ])('refuses %s', (_what, bad) => {
    expect(() => parseRules([bad])).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/core/categories.js';
import {
  CATEGORY_RULES,
  categoryRuleSchema,
  categoryRulesSchema,
  policySettingsSchema,
} from '../../../src/core/policy/index.js';
import { SETTINGS } from './fixtures.js';

describe('the category rule table', () => {
  it('has a valid rule for every category', () => {
    expect(categoryRulesSchema.safeParse(CATEGORY_RULES).success).toBe(true);
    expect(Object.keys(CATEGORY_RULES).sort()).toEqual([...CATEGORIES].sort());
  });

  it.each([
    ['personal_data', 'A2', true],
    ['sexual', 'A7', true],
    ['bullying', 'A7', false],
    ['media_without_consent', 'A5', false],
    ['lesson_time', 'A1', false],
    ['derailing', 'B3', false],
  ] as const)('%s comes from %s and is deleted: %s', (category, clause, deleted) => {
    expect(CATEGORY_RULES[category]).toMatchObject({ clause, delete: deleted });
  });

  it('refuses a support rule that would act in public', () => {
    const bad = { ...CATEGORY_RULES.self_harm, remindGroup: true };
    expect(categoryRuleSchema.safeParse(bad).success).toBe(false);
  });
});

describe('the policy settings schema', () => {
  it('accepts the settings the tables use', () => {
    expect(policySettingsSchema.safeParse(SETTINGS).success).toBe(true);
  });

  it.each([
    [
      'raiseTwoAt not above raiseOneAt',
      { strikes: { ...SETTINGS.strikes, raiseTwoAt: 0.5 } },
      'strikes.raiseTwoAt',
    ],
    ['an unknown setting (a typo)', { alerts: { teacherFrom: 'medium', teacherFromm: 'low' } }, 'alerts'],
    ['an unknown severity', { alerts: { teacherFrom: 'severe' } }, 'alerts.teacherFrom'],
    [
      'derailing with one message',
      { derailing: { ...SETTINGS.derailing, minMessages: 1 } },
      'derailing.minMessages',
    ],
  ])('refuses %s, naming the path', (_what, patch, path) => {
    const result = policySettingsSchema.safeParse({ ...SETTINGS, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});

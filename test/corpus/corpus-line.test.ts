import { describe, expect, it } from 'vitest';
import { corpusLineSchema } from './corpus-line.js';

const base = { id: 'nl-dev-0001', lang: 'nl', group: 'parents', text: 'hoi', labels: [] };
const label = (category: string, severity: string, extra: object = {}) => ({
  ...base,
  labels: [{ category, severity, ...extra }],
});

describe('corpusLineSchema', () => {
  it.each([
    ['benign', base],
    ['benign trap', { ...base, trap: 'quote-report' }],
    ['low-only trap', { ...label('profanity', 'low'), trap: 'swear-not-aimed' }],
    ['critical threat', label('threat', 'critical', { target: 'school' })],
    ['own health at medium', label('personal_data', 'medium', { target: 'self', kind: 'health' })],
    ['someone else’s health at high', label('personal_data', 'high', { target: 'person', kind: 'health' })],
    ['iban at high', label('personal_data', 'high', { target: 'self', kind: 'iban' })],
  ])('accepts %s', (_, line) => {
    expect(corpusLineSchema.safeParse(line).success).toBe(true);
  });

  it.each([
    ['profanity above low', label('profanity', 'medium')],
    ['hate below high', label('hate', 'medium')],
    ['threat at medium', label('threat', 'medium')],
    ['personal data without kind', label('personal_data', 'medium')],
    ['kind on another category', label('bullying', 'medium', { kind: 'phone' })],
    ['bsn at medium', label('personal_data', 'medium', { kind: 'bsn' })],
    ['phone at high', label('personal_data', 'high', { kind: 'phone' })],
    [
      'someone else’s health at medium',
      label('personal_data', 'medium', { target: 'person', kind: 'health' }),
    ],
    ['trap on a medium line', { ...label('bullying', 'medium'), trap: 'banter' }],
    [
      'a category twice',
      {
        ...base,
        labels: [
          { category: 'hate', severity: 'high' },
          { category: 'hate', severity: 'high' },
        ],
      },
    ],
    ['unknown category', label('spam', 'low')],
    ['unknown field', { ...base, note: 'x' }],
    ['id of the other language', { ...base, id: 'en-dev-0001' }],
    ['padded text', { ...base, text: ' hoi' }],
  ])('rejects %s', (_, line) => {
    expect(corpusLineSchema.safeParse(line).success).toBe(false);
  });
});

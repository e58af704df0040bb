import { describe, expect, it } from 'vitest';
import { maskAuthorName, maskedExcerpt } from '../../../src/app/scan/masked-excerpt.js';
import type { Finding } from '../../../src/core/finding.js';
import { maskPersonalData } from '../../../src/core/mask.js';

const mask = (text: string, findings: readonly Finding[]) => maskPersonalData(text, findings, 'nl');

const finding = (start: number, end: number, category: Finding['category'] = 'bullying'): Finding => ({
  category,
  severity: 'medium',
  start,
  end,
  rule: 't',
  why: 't',
  ...(category === 'personal_data' ? { kind: 'phone' as const } : {}),
});

describe('maskedExcerpt', () => {
  it('cuts a long message to the evidence with context and marks the cuts', () => {
    const text = `${'a'.repeat(200)} sukkel ${'b'.repeat(200)}`;
    const out = maskedExcerpt(text, [finding(201, 207)], mask);
    expect(out).toBe(`…${'a'.repeat(59)} sukkel ${'b'.repeat(59)}…`);
  });

  it('masks personal data cut in half at the window edge', () => {
    const text = `06-12345678 ${'x'.repeat(70)} loser`;
    const loser = text.indexOf('loser');
    const out = maskedExcerpt(text, [finding(0, 11, 'personal_data'), finding(loser, loser + 5)], mask);
    expect(out).not.toMatch(/\d/);
    expect(out).toContain('loser');
  });

  it('never splits an emoji at the edge', () => {
    const text = `${'🔪'.repeat(40)}xdom!${'🔪'.repeat(40)}`; // both cuts would land mid-emoji
    const at = text.indexOf('dom');
    const out = maskedExcerpt(text, [finding(at, at + 3)], mask);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});

describe('maskAuthorName', () => {
  it.each([
    ['+31 6 11223344', '+•• • ••••••44'],
    ['06-11223344', '••-••••••44'],
    ['Juf Mirjam', 'Juf Mirjam'],
    ['Groep 6', 'Groep 6'],
  ])('%s -> %s', (name, shown) => {
    expect(maskAuthorName(name)).toBe(shown);
  });
});

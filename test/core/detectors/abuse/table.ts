import { expect, it } from 'vitest';
import type { TextCategory } from '../../../../src/core/categories.js';
import { abuseEngine, alerts, type Case, worst } from './abuse-engine.js';

const run = abuseEngine();

/**
 * The table tests of one detector: every positive raises its category (at the given
 * severity), every trap raises nothing at medium or higher (profanity traps: nothing at
 * all, since profanity is only ever low).
 */
export function categoryTable(
  category: TextCategory,
  positives: readonly Case[],
  traps: readonly Case[],
): void {
  it.each(positives.map((c) => [c[0], c[1], c[3]] as const))('%s flags: %s', (lang, text, severity) => {
    const a = run(text, lang);
    const got = worst(a, category);
    expect(got, `${category} expected on "${text}"`).toBeDefined();
    if (severity) expect(got).toBe(severity);
  });
  it.each(traps.map((c) => [c[0], c[1]] as const))('%s leaves alone: %s', (lang, text) => {
    const a = run(text, lang);
    if (category === 'profanity') expect(a.findings.filter((f) => f.category === 'profanity')).toEqual([]);
    else expect(alerts(a)).toEqual([]);
  });
}

import { describe, expect, it } from 'vitest';
import { abuseEngine, alerts, type Case } from './abuse-engine.js';
import { probesEn } from './cases/probes/probes-en.cases.js';
import { probesNl } from './cases/probes/probes-nl.cases.js';

const run = abuseEngine();

/**
 * Functional probes across every category: a positive raises its category (profanity at
 * any severity, the rest at medium or higher); a `null` row raises nothing at medium or
 * higher. The rules alone must pass them (the trained model is tested on its own).
 */
function probeTable(cases: readonly Case[]): void {
  it.each(cases.map((c) => [c[1], c[2], c[0]] as const))('%s -> %s', (text, category, lang) => {
    const a = run(text, lang);
    if (category === null) expect(alerts(a)).toEqual([]);
    else if (category === 'profanity') expect(a.findings.some((f) => f.category === 'profanity')).toBe(true);
    else expect(alerts(a)).toContain(category);
  });
}

describe('functional probes (nl)', () => probeTable(probesNl));
describe('functional probes (en)', () => probeTable(probesEn));

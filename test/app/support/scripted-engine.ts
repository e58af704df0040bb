import type { AnalyseInput, Analysis } from '../../../src/core/analyse.js';
import type { Category, PersonalDataKind, Severity, Target } from '../../../src/core/categories.js';
import type { Finding } from '../../../src/core/finding.js';
import { normalise } from '../../../src/core/text/normalise.js';

interface Rule {
  readonly pattern: RegExp;
  readonly category: Category;
  readonly severity: Severity;
  readonly kind?: PersonalDataKind;
  readonly target?: Target;
}

/**
 * A stand-in for the detectors in brain tests: fixed words give fixed findings, so a
 * pipeline test says exactly what the core concluded and tests the brain alone (the
 * detectors have their own tests and corpus). Spans point into the original text.
 */
export const SCRIPT: readonly Rule[] = [
  { pattern: /06-\d{8}/g, category: 'personal_data', severity: 'medium', kind: 'phone' },
  { pattern: /\bloser\b/g, category: 'bullying', severity: 'medium', target: 'person' },
  { pattern: /\bsukkel\b/g, category: 'bullying', severity: 'low', target: 'person' },
  { pattern: /\bkut\b/g, category: 'profanity', severity: 'low' },
  { pattern: /niet meer leven/g, category: 'self_harm', severity: 'high', target: 'self' },
  { pattern: /ik maak je af/g, category: 'threat', severity: 'critical', target: 'person' },
  { pattern: /juf kan er niks van/g, category: 'discrediting', severity: 'medium', target: 'teacher' },
  { pattern: /stuur een foto in je ondergoed/g, category: 'sexual', severity: 'high', target: 'person' },
];

export class ScriptedEngine {
  readonly seen: AnalyseInput[] = [];
  /** Texts whose analysis throws (a detector bug), to test that one bad message never stops a chat. */
  readonly explodeOn = new Set<string>();

  analyse(input: AnalyseInput): Analysis {
    this.seen.push(input);
    if (this.explodeOn.has(input.text)) throw new TypeError('detector bug');
    const findings: Finding[] = [];
    for (const rule of SCRIPT) {
      for (const m of input.text.matchAll(rule.pattern)) {
        const allowed =
          rule.kind &&
          input.context?.allowList?.some((a) => a.replace(/\D/g, '') === m[0].replace(/\D/g, ''));
        if (allowed) continue;
        findings.push({
          category: rule.category,
          severity: rule.severity,
          start: m.index,
          end: m.index + m[0].length,
          rule: `script:${rule.category}`,
          why: `scripted ${rule.category}`,
          ...(rule.kind ? { kind: rule.kind } : {}),
          ...(rule.target ? { target: rule.target } : {}),
        });
      }
    }
    findings.sort((a, b) => a.start - b.start);
    return { lang: 'nl', findings, suppressed: [], normalised: normalise(input.text) };
  }
}

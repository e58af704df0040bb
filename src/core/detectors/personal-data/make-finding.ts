import type { PersonalDataKind, Severity, Target } from '../../categories.js';
import type { ContextNote, Finding } from '../../finding.js';
import type { MessageScan } from './scan/message-scan.js';
import { whyPersonalData } from './why.js';

const HIGH: ReadonlySet<PersonalDataKind> = new Set(['bsn', 'iban', 'credit_card', 'health']);

/**
 * Severity by kind: `high` for what can be abused at once or is special-category data
 * (BSN, IBAN, card numbers, health), `medium` for the rest. A writer's own health is
 * `medium`: still flagged (no personal data in the group, protocol A2), but nobody else
 * was exposed.
 */
export function severityOf(kind: PersonalDataKind, target: Target): Severity {
  if (kind === 'health' && target === 'self') return 'medium';
  return HIGH.has(kind) ? 'high' : 'medium';
}

/** What a recogniser knows about one hit; spans are ORIGINAL offsets. */
export interface PdHit {
  readonly kind: PersonalDataKind;
  readonly rule: string;
  readonly start: number;
  readonly end: number;
  readonly target: Target;
  readonly vetoed?: ContextNote;
}

/** Turn a hit into the contract's Finding, with the sentence a teacher reads. */
export function toFinding(hit: PdHit, scan: MessageScan): Finding {
  return {
    category: 'personal_data',
    severity: severityOf(hit.kind, hit.target),
    start: hit.start,
    end: hit.end,
    kind: hit.kind,
    rule: hit.rule,
    target: hit.target,
    why: whyPersonalData(hit.kind, hit.target, scan.context.lang),
    ...(hit.vetoed ? { vetoed: hit.vetoed } : {}),
  };
}

import { type Severity, shiftSeverity, type Target, type TextCategory } from '../../categories.js';
import type { ContextNote, Finding } from '../../finding.js';
import type { Hit, MessageScan } from './message-scan.js';

/**
 * A finding under construction: a detector proposes it from a lexicon hit, then the
 * target model and the context rules note, raise, lower or veto it. Spans are in the
 * normalised value until `toFinding` maps them back to the original text.
 */
export class Candidate {
  severity: Severity;
  target: Target | undefined;
  start: number;
  end: number;
  readonly notes: ContextNote[] = [];
  vetoed: ContextNote | undefined;

  constructor(
    readonly category: TextCategory,
    severity: Severity,
    readonly anchor: Hit,
    readonly rule: string,
    public why: string,
  ) {
    this.severity = severity;
    this.start = anchor.start;
    this.end = anchor.end;
  }

  /** Widen the evidence to cover another hit (a weapon, the target's name). */
  cover(h: { start: number; end: number }): this {
    this.start = Math.min(this.start, h.start);
    this.end = Math.max(this.end, h.end);
    return this;
  }

  note(rule: string, why: string): this {
    if (!this.notes.some((n) => n.rule === rule && n.effect === 'noted'))
      this.notes.push({ rule, effect: 'noted', why });
    return this;
  }

  raise(rule: string, why: string, to?: Severity, steps = 1): this {
    const next = to ?? shiftSeverity(this.severity, steps);
    if (next === this.severity) return this;
    this.severity = next;
    this.notes.push({ rule, effect: 'raised', why });
    return this;
  }

  lower(rule: string, why: string, to?: Severity, steps = 1): this {
    const next = to ?? shiftSeverity(this.severity, -steps);
    if (next === this.severity) return this;
    this.severity = next;
    this.notes.push({ rule, effect: 'lowered', why });
    return this;
  }

  veto(rule: string, why: string): this {
    this.vetoed ??= { rule, effect: 'vetoed', why };
    return this;
  }

  get isVetoed(): boolean {
    return this.vetoed !== undefined;
  }

  toFinding(scan: MessageScan): Finding {
    const text = scan.text;
    const f: Finding = {
      category: this.category,
      severity: this.severity,
      start: text.toOriginal(this.start),
      end: text.toOriginalEnd(this.end),
      rule: this.rule,
      why: this.why,
      ...(this.target ? { target: this.target } : {}),
      ...(this.notes.length ? { context: [...this.notes] } : {}),
      ...(this.vetoed ? { vetoed: this.vetoed } : {}),
    };
    return f;
  }
}

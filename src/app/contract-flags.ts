import type { Analysis } from '../core/analyse.js';
import type { Finding } from '../core/finding.js';

/** One flag exactly as CONTRACT.md prints it (`target` is an addition the contract allows). */
export interface ContractFlag {
  category: Finding['category'];
  severity: Finding['severity'];
  start: number;
  end: number;
  kind?: Finding['kind'];
  rule: string;
  target?: Finding['target'];
}

/** The outside face of a verdict: what `check --jsonl` and scripts see. */
export function toContractFlags(analysis: Analysis): ContractFlag[] {
  return analysis.findings.map((f) => {
    const flag: ContractFlag = {
      category: f.category,
      severity: f.severity,
      start: f.start,
      end: f.end,
      rule: f.rule,
    };
    if (f.kind !== undefined) flag.kind = f.kind;
    if (f.target !== undefined) flag.target = f.target;
    return flag;
  });
}

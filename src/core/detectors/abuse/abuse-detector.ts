import type { TextCategory } from '../../categories.js';
import type { Finding } from '../../finding.js';
import type { Detector } from '../detector.js';
import type { Candidate } from './candidate.js';
import { applyAllowList } from './context/allow-list.js';
import { applyRules } from './context/apply-rules.js';
import { applyQuoteReport } from './context/quote-report.js';
import type { ContextRule } from './context/rule-schema.js';
import type { ListName } from './lists.js';
import type { MessageScan, ScanCache } from './message-scan.js';

/** What makes one abuse detector: its category, the lists that can start it, and how it proposes. */
export interface AbuseDetectorSpec {
  readonly id: string;
  readonly category: TextCategory;
  /**
   * Nothing to do unless one of these lists (or `list:kind`) has a hit: the cheap path
   * for most messages, taken before tokens or targets are computed.
   */
  readonly triggers: readonly (ListName | `${ListName}:${string}`)[];
  propose(scan: MessageScan): Candidate[];
}

/**
 * Wraps a proposal function in the shared context pipeline: allow-lists first, then
 * quotation and reporting, then the data rules. Vetoed candidates are returned too
 * (with `vetoed` set), once per span, so `explain` can say what was left alone and why.
 */
export function makeAbuseDetector(
  spec: AbuseDetectorSpec,
  cache: ScanCache,
  rules: readonly ContextRule[],
): Detector {
  return {
    id: spec.id,
    categories: [spec.category],
    detect(text, context) {
      const scan = cache.scan(text, context);
      if (!spec.triggers.some((l) => scan.mayHave(l))) return [];
      const out: Finding[] = [];
      const vetoedSpans = new Set<string>();
      for (const c of spec.propose(scan)) {
        applyAllowList(c, scan);
        applyQuoteReport(c, scan);
        applyRules(c, scan, rules);
        if (c.isVetoed) {
          const key = `${c.start}:${c.end}`;
          if (vetoedSpans.has(key)) continue;
          vetoedSpans.add(key);
        }
        out.push(c.toFinding(scan));
      }
      return out;
    },
  };
}

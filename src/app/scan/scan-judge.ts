import type { Analysis } from '../../core/analyse.js';
import type { IncomingMessage } from '../../core/message.js';
import type { Engine } from '../engine.js';
import type { ReportFinding } from './scan-report.js';

/**
 * What the scanner learns about one exported message. Nothing here is performed: a
 * scan sends, deletes and stores nothing.
 */
export interface ScanJudgement {
  /** The core's analysis: its spans place the excerpt and the masking. */
  readonly analysis: Analysis;
  /**
   * What the report counts: the core's findings, or with the policy the incidents the
   * bot would record (severity raised by earlier breaches, B3 derailing included).
   */
  readonly findings: readonly ReportFinding[];
  /** Plain phrases in the report's language, e.g. "herinnering in de groep". */
  readonly wouldDo: readonly string[];
}

/** The scanner's seam to moderation: the engine alone, or the engine plus the policy's dry run. */
export interface ScanJudge {
  /** Whether `wouldDo` comes from the real policy (the report says so). */
  readonly withPolicy: boolean;
  judge(message: IncomingMessage): ScanJudgement;
}

/** What the core makes of an exported message, with what context the export gives. */
export function analyseExported(engine: Engine, m: IncomingMessage): Analysis {
  return engine.analyse({
    text: m.text,
    context: { authorRole: m.author.role, mentions: m.mentions, isReply: m.replyTo !== undefined },
  });
}

/** Judges with the configured core only: findings, no actions. */
export function engineJudge(engine: Engine): ScanJudge {
  return {
    withPolicy: false,
    judge: (m) => {
      const analysis = analyseExported(engine, m);
      return {
        analysis,
        findings: analysis.findings.map((f) => ({
          category: f.category,
          severity: f.severity,
          ...(f.kind ? { kind: f.kind } : {}),
          rule: f.rule,
          why: f.why,
        })),
        wouldDo: [],
      };
    },
  };
}

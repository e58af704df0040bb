import type { Finding } from '../../finding.js';
import type { NormalisedText } from '../../text/normalised-text.js';
import type { DetectContext, Detector } from '../detector.js';

/**
 * What the rule detectors concluded about the message being analysed, so the model
 * detector (which runs after them) can combine with it: a rule finding that stands
 * decides its category, a rule hit that a context rule vetoed vetoes the model on the
 * same words. Like the abuse detectors' ScanCache it keeps only the last message: the
 * detectors of one `analyse` call see the same NormalisedText and context objects.
 */
export class RuleBoard {
  private text?: NormalisedText;
  private context?: DetectContext;
  private findings: Finding[] = [];

  record(text: NormalisedText, context: DetectContext, findings: readonly Finding[]): void {
    if (text !== this.text || context !== this.context) {
      this.text = text;
      this.context = context;
      this.findings = [];
    }
    this.findings.push(...findings);
  }

  /** Rule findings (standing and vetoed) about this message; none if the rules did not see it. */
  of(text: NormalisedText, context: DetectContext): readonly Finding[] {
    return text === this.text && context === this.context ? this.findings : [];
  }
}

/** The same detector, its findings also posted on the board. */
export function recording(detector: Detector, board: RuleBoard): Detector {
  return {
    id: detector.id,
    categories: detector.categories,
    detect(text, context) {
      const out = detector.detect(text, context);
      board.record(text, context, out);
      return out;
    },
  };
}

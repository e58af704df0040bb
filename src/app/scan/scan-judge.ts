import type { Analysis } from '../../core/analyse.js';
import type { IncomingMessage } from '../../core/message.js';
import type { Engine } from '../engine.js';

/**
 * What the scanner learns about one exported message: the core's analysis, and what
 * the live bot WOULD have done with it (empty until a policy view is plugged in).
 * Nothing here is performed: a scan sends, deletes and stores nothing.
 */
export interface ScanJudgement {
  readonly analysis: Analysis;
  /** Plain sentences in the report's language, e.g. "herinnering in de groep (A2)". */
  readonly wouldDo: readonly string[];
  /** Categories raised from the conversation rather than the text (`derailing`). */
  readonly events?: readonly { readonly category: 'derailing'; readonly why: string }[];
}

/** The scanner's seam to moderation: the engine alone, or the engine plus the policy's dry run. */
export interface ScanJudge {
  /** Whether `wouldDo` comes from the real policy (the report says so). */
  readonly withPolicy: boolean;
  judge(message: IncomingMessage): ScanJudgement;
}

/** Judges with the configured core only: findings, no actions. */
export function engineJudge(engine: Engine): ScanJudge {
  return {
    withPolicy: false,
    judge: (m) => ({
      analysis: engine.analyse({
        text: m.text,
        context: { authorRole: m.author.role, mentions: m.mentions, isReply: m.replyTo !== undefined },
      }),
      wouldDo: [],
    }),
  };
}

import type { Language } from '../../core/categories.js';
import type { IncomingMessage } from '../../core/message.js';
import type { PolicyGroup, PolicySettings } from '../../core/policy/index.js';
import type { Engine } from '../engine.js';
import type { Renderer } from '../templates/renderer.js';
import { dryRunDecision, dryRunGroup } from './dry-run.js';
import { ScanHistory } from './scan-history.js';
import { analyseExported, type ScanJudge } from './scan-judge.js';
import { describeActions } from './would-do.js';

export interface PolicyJudgeOptions {
  readonly settings: PolicySettings;
  /** Who the group is for (`--group`); a parents' group unless told otherwise. */
  readonly groupType: PolicyGroup['type'];
  readonly timeZone: string;
  /** Language of the `wouldDo` phrases and of the bot's own reasons. */
  readonly lang: Language;
  /** The bot's templates: events it raises itself (derailing) are explained in its own words. */
  readonly renderer: Renderer;
}

/**
 * The live bot's judgement in a dry run: the core's analysis, then the policy's
 * `decide` with a history that builds up as the export is read, exactly as the store
 * would have. The group is assumed set up (teacher and supervisor linked, no lesson
 * hours); the consent register is unknown, so photos raise nothing (A5 cannot be
 * judged from an export).
 */
export function policyJudge(engine: Engine, options: PolicyJudgeOptions): ScanJudge {
  const history = new ScanHistory(options.settings);
  const group = dryRunGroup(options.groupType, options.timeZone);
  return {
    withPolicy: true,
    judge(m: IncomingMessage) {
      const analysis = analyseExported(engine, m);
      const author = m.author.id;
      const decision = dryRunDecision({
        settings: options.settings,
        group,
        message: m,
        findings: analysis.findings,
        history: history.before(author, m.sentAt),
      });
      history.after(author, m.ref.messageId, m.sentAt, decision);
      return {
        analysis,
        findings: decision.incidents.map((i) => ({
          category: i.category,
          severity: i.severity,
          ...(i.kind ? { kind: i.kind } : {}),
          rule: i.rule,
          why:
            i.facts && i.category === 'derailing'
              ? options.renderer.t(options.lang, 'why.derailing', i.facts)
              : i.why,
        })),
        wouldDo: describeActions(decision.actions, options.lang, m.sentAt),
      };
    },
  };
}

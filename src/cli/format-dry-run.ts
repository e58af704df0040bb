import { describeActions } from '../app/scan/would-do.js';
import type { Decision } from '../core/policy/index.js';

/**
 * The second half of `klaswacht explain`: what the bot would do with the message as a
 * parent's first message in a set-up parents' group (the policy's dry run, as `scan`
 * uses it), in plain words, and the decision's `why` lines: clauses, rules and
 * thresholds. Nothing is sent or stored.
 */
export function formatDryRun(decision: Decision, now: Date): string {
  const out = ['', "in a parents' group (a parent's first message; a dry run, nothing is sent):"];
  const actions = describeActions(decision.actions, 'en', now);
  if (actions.length === 0) out.push('  would do:  nothing');
  for (const a of actions) out.push(`  would do:  ${a}`);
  for (const why of decision.why) out.push(`  why:       ${why}`);
  return `${out.join('\n')}\n`;
}

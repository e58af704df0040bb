import type { LexiconSource } from '../../lexicon/lexicon-source.js';
import { buildAbuseDetectors } from '../abuse/abuse-detectors.js';
import { loadAbuseLexicon } from '../abuse/abuse-lexicon.js';
import { CONTEXT_RULES } from '../abuse/context/rules.js';
import { ScanCache } from '../abuse/message-scan.js';
import type { Detector } from '../detector.js';
import type { AbuseModel } from './abuse-model.js';
import { type CombinationPolicy, createModelDetector, DEFAULT_POLICY } from './model-detector.js';
import { RuleBoard, recording } from './rule-board.js';

/**
 * The abuse detectors, and with a model the model detector after them: one lexicon
 * automaton and one scan per message shared by all, the rules' conclusions posted on a
 * board the model reads. Without a model, exactly the rule detectors.
 */
export function buildTextDetectors(
  lexicons: LexiconSource,
  model?: AbuseModel,
  policy: CombinationPolicy = DEFAULT_POLICY,
): Detector[] {
  if (!model) return buildAbuseDetectors(lexicons);
  const cache = new ScanCache(loadAbuseLexicon(lexicons));
  const board = new RuleBoard();
  return [
    ...buildAbuseDetectors(lexicons, cache).map((d) => recording(d, board)),
    createModelDetector(model, cache, board, CONTEXT_RULES, policy),
  ];
}

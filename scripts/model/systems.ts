import { analyse } from '../../src/core/analyse.js';
import { buildAbuseDetectors } from '../../src/core/detectors/abuse/abuse-detectors.js';
import { loadAbuseLexicon } from '../../src/core/detectors/abuse/abuse-lexicon.js';
import { CONTEXT_RULES } from '../../src/core/detectors/abuse/context/rules.js';
import { ScanCache } from '../../src/core/detectors/abuse/message-scan.js';
import { buildDetectors } from '../../src/core/detectors/catalogue.js';
import type { DetectContext } from '../../src/core/detectors/detector.js';
import type { AbuseModel } from '../../src/core/detectors/model/abuse-model.js';
import {
  type CombinationPolicy,
  createModelDetector,
  DEFAULT_POLICY,
} from '../../src/core/detectors/model/model-detector.js';
import { RuleBoard, recording } from '../../src/core/detectors/model/rule-board.js';
import { buildTextDetectors } from '../../src/core/detectors/model/text-detectors.js';
import { createPersonalDataDetector } from '../../src/core/detectors/personal-data/personal-data-detector.js';
import { DetectorRegistry } from '../../src/core/detectors/registry.js';
import type { LexiconSource } from '../../src/core/lexicon/lexicon-source.js';
import type { NormalisedText } from '../../src/core/text/normalised-text.js';
import type { ScoredLine } from '../../test/corpus/metrics.js';
import type { TrainingLine } from './training-corpus.js';

/** A way of combining the rules and the model that `npm run eval:model` measures. */
export interface System {
  readonly name: string;
  readonly policy?: CombinationPolicy;
  /** Keep only the model's findings. */
  readonly modelOnly?: boolean;
}

/** The model's own findings after the rules' context rules and vetoes (the rules report nothing). */
export const MODEL_WITH_CONTEXT: System = {
  name: 'model + context rules',
  policy: { ...DEFAULT_POLICY, rulesFirst: false, aloneMargin: 0 },
  modelOnly: true,
};

export const SYSTEMS: readonly System[] = [
  { name: 'rules alone' },
  {
    name: 'model alone',
    policy: { rulesFirst: false, inheritVetoes: false, contextRules: false, aloneMargin: 0 },
    modelOnly: true,
  },
  MODEL_WITH_CONTEXT,
  { name: 'rules + model (shipped)', policy: DEFAULT_POLICY },
];

export function registryFor(lexicons: LexiconSource, system: System, model: AbuseModel): DetectorRegistry {
  if (!system.policy) return new DetectorRegistry(buildDetectors(lexicons));
  if (!system.modelOnly)
    return new DetectorRegistry([
      createPersonalDataDetector(lexicons),
      ...buildTextDetectors(lexicons, model, system.policy),
    ]);
  // The model's own findings: the rules run (their vetoes feed the board) but report nothing,
  // so no rule finding is merged with a model finding.
  const cache = new ScanCache(loadAbuseLexicon(lexicons));
  const board = new RuleBoard();
  const silent = buildAbuseDetectors(lexicons, cache).map((d) => {
    const r = recording(d, board);
    return {
      ...r,
      detect: (t: NormalisedText, c: DetectContext) => {
        r.detect(t, c);
        return [];
      },
    };
  });
  return new DetectorRegistry([
    ...silent,
    createModelDetector(model, cache, board, CONTEXT_RULES, system.policy),
  ]);
}

/** One corpus line through a system, as `npm run eval` scores it. */
export function scoreLine(registry: DetectorRegistry, line: TrainingLine): ScoredLine {
  const a = analyse(registry, { text: line.text, lang: line.lang, context: { groupType: line.group } });
  return { labels: line.labels, trap: line.trap, findings: a.findings };
}

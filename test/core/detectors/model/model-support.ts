import { loadLexicons } from '../../../../src/app/load-lexicons.js';
import { DEFAULT_CONFIG_DIR } from '../../../../src/app/paths.js';
import { type AnalyseInput, type Analysis, analyse } from '../../../../src/core/analyse.js';
import { buildAbuseDetectors } from '../../../../src/core/detectors/abuse/abuse-detectors.js';
import { loadAbuseLexicon } from '../../../../src/core/detectors/abuse/abuse-lexicon.js';
import { CONTEXT_RULES } from '../../../../src/core/detectors/abuse/context/rules.js';
import { ScanCache } from '../../../../src/core/detectors/abuse/message-scan.js';
import type { DetectContext } from '../../../../src/core/detectors/detector.js';
import {
  type AbuseModel,
  MODEL_CATEGORIES,
  type ModelCategory,
} from '../../../../src/core/detectors/model/abuse-model.js';
import { DEFAULT_FEATURES, extractFeatures } from '../../../../src/core/detectors/model/features.js';
import {
  type CombinationPolicy,
  createModelDetector,
  DEFAULT_POLICY,
} from '../../../../src/core/detectors/model/model-detector.js';
import { RuleBoard, recording } from '../../../../src/core/detectors/model/rule-board.js';
import { buildTextDetectors } from '../../../../src/core/detectors/model/text-detectors.js';
import { DetectorRegistry } from '../../../../src/core/detectors/registry.js';
import type { LexiconSource } from '../../../../src/core/lexicon/lexicon-source.js';
import type { NormalisedText } from '../../../../src/core/text/normalised-text.js';

/**
 * A model written by hand: every weight zero except the word unigrams listed per
 * category, so a test knows exactly which word makes which category fire and can check
 * what the context rules, the target model and the combination do with it, whatever a
 * retrained model would score.
 */
export function handModel(words: Partial<Record<ModelCategory, readonly string[]>>): AbuseModel {
  const K = MODEL_CATEGORIES.length;
  const features = { ...DEFAULT_FEATURES, bucketsLog2: 16 };
  const weights = new Int8Array(2 ** features.bucketsLog2 * K);
  MODEL_CATEGORIES.forEach((category, c) => {
    for (const word of words[category] ?? []) {
      // The first occurrence of a one-word message is its unigram.
      const bucket = extractFeatures(word, features).windows[0]?.buckets[0] as number;
      weights[bucket * K + c] = 127;
    }
  });
  return {
    features,
    categories: MODEL_CATEGORIES.map((category) => ({ category, bias: -4, scale: 1, threshold: 0.5 })),
    weights,
    file: 'hand-made',
  };
}

let lexicons: LexiconSource | undefined;
function shippedLexicons(): LexiconSource {
  lexicons ??= loadLexicons(DEFAULT_CONFIG_DIR);
  return lexicons;
}

export type Run = (text: string, input?: Omit<AnalyseInput, 'text'>) => Analysis;

/** The rule detectors and the model detector, as the engine builds them. */
export function combined(model: AbuseModel, policy: CombinationPolicy = DEFAULT_POLICY): Run {
  const registry = new DetectorRegistry(buildTextDetectors(shippedLexicons(), model, policy));
  return (text, input = {}) => analyse(registry, { text, ...input });
}

/**
 * The model's own findings: the rules run (their vetoes reach the model through the
 * board) but report nothing.
 */
export function modelOnly(model: AbuseModel, policy: CombinationPolicy = DEFAULT_POLICY): Run {
  const lex = shippedLexicons();
  const cache = new ScanCache(loadAbuseLexicon(lex));
  const board = new RuleBoard();
  const silent = buildAbuseDetectors(lex, cache).map((d) => {
    const r = recording(d, board);
    return {
      ...r,
      detect: (t: NormalisedText, c: DetectContext) => {
        r.detect(t, c);
        return [];
      },
    };
  });
  const registry = new DetectorRegistry([
    ...silent,
    createModelDetector(model, cache, board, CONTEXT_RULES, policy),
  ]);
  return (text, input = {}) => analyse(registry, { text, ...input });
}

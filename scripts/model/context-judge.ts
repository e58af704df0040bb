import { analyse } from '../../src/core/analyse.js';
import type { AbuseModel } from '../../src/core/detectors/model/abuse-model.js';
import { MODEL_CATEGORIES } from '../../src/core/detectors/model/abuse-model.js';
import { type CombinationPolicy, DEFAULT_POLICY } from '../../src/core/detectors/model/model-detector.js';
import type { DetectorRegistry } from '../../src/core/detectors/registry.js';
import type { LexiconSource } from '../../src/core/lexicon/lexicon-source.js';
import type { Judge } from './build-model.js';
import { MODEL_WITH_CONTEXT, registryFor } from './systems.js';
import type { TrainingLine } from './training-corpus.js';

/**
 * The judge `buildModel` chooses thresholds with: every category of a line is scored as
 * a hit (thresholds lowered to nothing) and run through the detector's own context
 * rules and inherited vetoes, as the shipped combination does; a category stands when
 * its finding survives. Whether a hit stands does not depend on the threshold (the
 * evidence is the words that drove the score), so one pass per fold model answers it
 * for every threshold.
 */
export function contextJudge(
  lines: readonly TrainingLine[],
  lexicons: LexiconSource,
  policy: CombinationPolicy = MODEL_WITH_CONTEXT.policy ?? DEFAULT_POLICY,
): Judge {
  const registries = new WeakMap<AbuseModel, DetectorRegistry>();
  return (model, index) => {
    let registry = registries.get(model);
    if (!registry) {
      const open: AbuseModel = {
        ...model,
        categories: model.categories.map((c) => ({ ...c, threshold: 0 })),
      };
      registry = registryFor(
        lexicons,
        { ...MODEL_WITH_CONTEXT, policy: { ...policy, rulesFirst: false } },
        open,
      );
      registries.set(model, registry);
    }
    const line = lines[index] as TrainingLine;
    const found = analyse(registry, {
      text: line.text,
      lang: line.lang,
      context: { groupType: line.group },
    }).findings;
    return MODEL_CATEGORIES.map((c) => found.some((f) => f.category === c));
  };
}

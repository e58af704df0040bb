import type { LexiconSource } from '../lexicon/lexicon-source.js';
import type { Detector } from './detector.js';
import type { AbuseModel } from './model/abuse-model.js';
import { buildTextDetectors } from './model/text-detectors.js';
import { createPersonalDataDetector } from './personal-data/personal-data-detector.js';

/**
 * Every detector klaswacht ships, built from the lexicons. One list, so the bot, the
 * CLI and the benchmark can never run different sets.
 */
export function buildDetectors(lexicons: LexiconSource, model?: AbuseModel): Detector[] {
  return [createPersonalDataDetector(lexicons), ...buildTextDetectors(lexicons, model)];
}

import type { LexiconSource } from '../lexicon/lexicon-source.js';
import { buildAbuseDetectors } from './abuse/abuse-detectors.js';
import type { Detector } from './detector.js';
import { createPersonalDataDetector } from './personal-data/personal-data-detector.js';

/**
 * Every detector klaswacht ships, built from the lexicons. One list, so the bot, the
 * CLI and the benchmark can never run different sets.
 */
export function buildDetectors(lexicons: LexiconSource): Detector[] {
  return [createPersonalDataDetector(lexicons), ...buildAbuseDetectors(lexicons)];
}

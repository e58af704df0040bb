import type { LexiconSource } from '../lexicon/lexicon-source.js';
import type { Detector } from './detector.js';

/**
 * Every detector klaswacht ships, built from the lexicons. One list, so the bot, the
 * CLI and the benchmark can never run different sets.
 */
export function buildDetectors(_lexicons: LexiconSource): Detector[] {
  return [];
}

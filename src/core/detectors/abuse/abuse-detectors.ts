import type { LexiconSource } from '../../lexicon/lexicon-source.js';
import type { Detector } from '../detector.js';
import { makeAbuseDetector } from './abuse-detector.js';
import { loadAbuseLexicon } from './abuse-lexicon.js';
import { accountAbuseSpec } from './account-abuse-detector.js';
import { bullyingSpec } from './bullying-detector.js';
import { CONTEXT_RULES } from './context/rules.js';
import { discreditingSpec } from './discrediting-detector.js';
import { extremismSpec } from './extremism-detector.js';
import { hateSpec } from './hate-detector.js';
import { ScanCache } from './message-scan.js';
import { profanitySpec } from './profanity-detector.js';
import { selfHarmSpec } from './self-harm-detector.js';
import { sexualSpec } from './sexual-detector.js';
import { threatSpec } from './threat-detector.js';

/**
 * The nine abuse detectors (every text category but personal data), sharing one lexicon
 * automaton and one scan per message. Reads every `{nl,en}/<list>.txt` abuse lexicon;
 * a missing or malformed one stops start-up with its file and line. A detector that
 * reads the same scan (the model detector) passes the cache in to share it.
 */
export function buildAbuseDetectors(
  lexicons: LexiconSource,
  cache: ScanCache = new ScanCache(loadAbuseLexicon(lexicons)),
): Detector[] {
  return [
    bullyingSpec,
    threatSpec,
    hateSpec,
    extremismSpec,
    selfHarmSpec,
    sexualSpec,
    accountAbuseSpec,
    discreditingSpec,
    profanitySpec,
  ].map((spec) => makeAbuseDetector(spec, cache, CONTEXT_RULES));
}

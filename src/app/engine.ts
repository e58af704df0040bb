import { type AnalyseInput, type Analysis, analyse } from '../core/analyse.js';
import { ConfigError } from '../core/config-error.js';
import { buildDetectors } from '../core/detectors/catalogue.js';
import { DetectorRegistry } from '../core/detectors/registry.js';
import { loadLexicons } from './load-lexicons.js';
import { DEFAULT_CONFIG_DIR } from './paths.js';

/**
 * The moderation core, configured: lexicons loaded, detectors built, ready to judge
 * messages. The bot's pipeline, `klaswacht check`/`explain`, the WhatsApp scanner and
 * the benchmark all use this one object, so they can never disagree.
 */
export interface Engine {
  analyse(input: AnalyseInput): Analysis;
  /** Ids of the detectors that run, for `status` and `explain`. */
  readonly detectorIds: readonly string[];
}

export interface EngineOptions {
  /** Folder holding `lexicons/`; the shipped `config/` by default. */
  readonly configDir?: string;
}

/** Build the engine; throws ConfigError (with file:line) when configuration is broken. */
export function createEngine(options: EngineOptions = {}): Engine {
  const lexicons = loadLexicons(options.configDir ?? DEFAULT_CONFIG_DIR);
  const registry = new DetectorRegistry(buildDetectors(lexicons));
  const unused = lexicons.unread();
  if (unused.length > 0) {
    const name = unused[0] as string;
    throw new ConfigError(
      `no detector reads lexicon "${name}" (misnamed or left over?)`,
      `lexicons/${name}.txt`,
    );
  }
  return {
    analyse: (input) => analyse(registry, input),
    detectorIds: registry.list().map((d) => d.id),
  };
}

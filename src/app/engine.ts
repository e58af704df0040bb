import { type AnalyseInput, type Analysis, analyse } from '../core/analyse.js';
import { ConfigError } from '../core/config-error.js';
import { buildDetectors } from '../core/detectors/catalogue.js';
import { explainModel, type ModelExplanation } from '../core/detectors/model/explain-scores.js';
import { DetectorRegistry } from '../core/detectors/registry.js';
import { normalise } from '../core/text/normalise.js';
import { loadLexicons } from './load-lexicons.js';
import { loadModel } from './load-model.js';
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
  /** The trained model's scores and the words behind them (`explain`); absent without a model. */
  explainModel?(text: string): ModelExplanation[];
}

export interface EngineOptions {
  /** Folder holding `lexicons/` and `model/`; the shipped `config/` by default. */
  readonly configDir?: string;
  /**
   * Ids of the detectors to run (`['personal-data']` for the benchmark's personal-data
   * row); every shipped detector by default. The full set is still built and checked, so
   * a subset runs exactly the code and configuration the bot runs, only fewer of them.
   * The model detector reads what the rule detectors concluded: keep them with it.
   */
  readonly detectors?: readonly string[];
}

/** Build the engine; throws ConfigError (with file:line) when configuration is broken. */
export function createEngine(options: EngineOptions = {}): Engine {
  const configDir = options.configDir ?? DEFAULT_CONFIG_DIR;
  const lexicons = loadLexicons(configDir);
  const model = loadModel(configDir);
  const built = buildDetectors(lexicons, model);
  const wanted = options.detectors;
  const unknown = wanted?.find((id) => !built.some((d) => d.id === id));
  if (unknown !== undefined) throw new Error(`createEngine: unknown detector "${unknown}"`);
  const registry = new DetectorRegistry(wanted ? built.filter((d) => wanted.includes(d.id)) : built);
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
    ...(model ? { explainModel: (text: string) => explainModel(model, normalise(text)) } : {}),
  };
}

import { fileURLToPath } from 'node:url';
import type { Engine } from '../src/app/engine.js';
import { loadLexicons } from '../src/app/load-lexicons.js';
import { loadModel, modelPath } from '../src/app/load-model.js';
import { DEFAULT_CONFIG_DIR } from '../src/app/paths.js';
import { analyse } from '../src/core/analyse.js';
import { buildAbuseDetectors } from '../src/core/detectors/abuse/abuse-detectors.js';
import { loadAbuseLexicon } from '../src/core/detectors/abuse/abuse-lexicon.js';
import { CONTEXT_RULES } from '../src/core/detectors/abuse/context/rules.js';
import { ScanCache } from '../src/core/detectors/abuse/message-scan.js';
import { buildDetectors } from '../src/core/detectors/catalogue.js';
import type { DetectContext } from '../src/core/detectors/detector.js';
import type { AbuseModel } from '../src/core/detectors/model/abuse-model.js';
import {
  type CombinationPolicy,
  createModelDetector,
  DEFAULT_POLICY,
} from '../src/core/detectors/model/model-detector.js';
import { RuleBoard, recording } from '../src/core/detectors/model/rule-board.js';
import { buildTextDetectors } from '../src/core/detectors/model/text-detectors.js';
import { createPersonalDataDetector } from '../src/core/detectors/personal-data/personal-data-detector.js';
import { DetectorRegistry } from '../src/core/detectors/registry.js';
import type { LexiconSource } from '../src/core/lexicon/lexicon-source.js';
import type { NormalisedText } from '../src/core/text/normalised-text.js';
import { evaluateCorpus, HARMFUL } from '../test/corpus/eval-cli.js';
import { type CorpusMetrics, computeMetrics, type ScoredLine } from '../test/corpus/metrics.js';
import { type BuildOptions, buildModel, DEFAULT_BUILD } from './model/build-model.js';
import { readTrainingLines, type TrainingLine } from './model/training-corpus.js';

/**
 * `npm run eval:model`: what the model adds, measured without the holdout. Every line
 * of the training and dev sets is judged by a model that never saw it (k-fold, the folds
 * and thresholds `npm run train` uses), and scored like `npm run eval` for: the rules
 * alone, the model alone, the model after the context rules, and the shipped
 * combination. The rules were written while reading these lines, so their scores here
 * are memorised; the model's are honest. `--holdout` reports the same systems on the
 * holdout with the shipped model, through `npm run eval`'s runner (scores only).
 */

interface System {
  readonly name: string;
  readonly policy?: CombinationPolicy;
  /** Keep only the model's findings. */
  readonly modelOnly?: boolean;
}

export const SYSTEMS: readonly System[] = [
  { name: 'rules alone' },
  {
    name: 'model alone',
    policy: { rulesFirst: false, inheritVetoes: false, contextRules: false, aloneMargin: 0 },
    modelOnly: true,
  },
  {
    name: 'model + context rules',
    policy: { rulesFirst: false, inheritVetoes: true, contextRules: true, aloneMargin: 0 },
    modelOnly: true,
  },
  { name: 'rules + model (shipped)', policy: DEFAULT_POLICY },
];

function registryFor(lexicons: LexiconSource, system: System, model: AbuseModel): DetectorRegistry {
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

export interface Evaluation {
  readonly system: string;
  readonly split: 'dev' | 'train' | 'holdout';
  readonly metrics: CorpusMetrics;
}

/** Score every system on both splits, each line judged by the fold model that did not see it. */
export function evaluateModel(
  systems: readonly System[] = SYSTEMS,
  options: BuildOptions = DEFAULT_BUILD,
): Evaluation[] {
  const lines = readTrainingLines();
  const built = buildModel(lines, options, {});
  const lexicons = loadLexicons(DEFAULT_CONFIG_DIR);
  const out: Evaluation[] = [];
  for (const system of systems) {
    const scored: Record<'dev' | 'train', ScoredLine[]> = { dev: [], train: [] };
    built.foldModels.forEach((model, k) => {
      const registry = registryFor(lexicons, system, model);
      lines.forEach((line, i) => {
        if (built.fold[i] !== k) return;
        scored[split(line)].push(score(registry, line));
      });
    });
    for (const s of ['dev', 'train'] as const)
      out.push({ system: system.name, split: s, metrics: computeMetrics(scored[s]) });
  }
  return out;
}

function split(line: TrainingLine): 'dev' | 'train' {
  return line.id.includes('-dev-') ? 'dev' : 'train';
}

function score(registry: DetectorRegistry, line: TrainingLine): ScoredLine {
  const a = analyse(registry, { text: line.text, lang: line.lang, context: { groupType: line.group } });
  return { labels: line.labels, trap: line.trap, findings: a.findings };
}

function pct(x: number | null): string {
  return x === null ? '  n/a' : `${(x * 100).toFixed(0).padStart(4)}%`;
}

/**
 * The holdout, through `npm run eval`'s own runner (which prints scores, never a line):
 * the shipped model file, with the rules alone, the model alone and both. Nothing here
 * reads the holdout or tunes on it; it only reports.
 */
export function evaluateHoldout(systems: readonly System[] = SYSTEMS): Evaluation[] {
  const lexicons = loadLexicons(DEFAULT_CONFIG_DIR);
  const model = loadModel(DEFAULT_CONFIG_DIR);
  if (!model) throw new Error(`no model at ${modelPath(DEFAULT_CONFIG_DIR)}: run npm run train`);
  return systems.flatMap((system) => {
    const registry = registryFor(lexicons, system, model);
    const engine: Engine = { analyse: (input) => analyse(registry, input), detectorIds: [] };
    return evaluateCorpus(engine)
      .filter((r) => r.split === 'holdout')
      .map((r) => ({ system: system.name, split: 'holdout' as const, metrics: r.metrics }));
  });
}

const TITLES: Record<Evaluation['split'], string> = {
  dev: 'dev set, every line judged by a model that did not see it (k-fold)',
  train: 'train set, every line judged by a model that did not see it (k-fold)',
  holdout: 'holdout, the shipped model (scores only, through the npm run eval runner)',
};

/** One table per split: per category precision/recall per system, then traps and ordinary lines. */
export function formatEvaluation(results: readonly Evaluation[]): string {
  const out: string[] = [];
  for (const s of ['dev', 'train', 'holdout'] as const) {
    const rows = results.filter((r) => r.split === s);
    if (rows.length === 0) continue;
    out.push(`${TITLES[s]}: ${rows[0]?.metrics.lines ?? 0} lines`);
    out.push(`${'category'.padEnd(16)}${rows.map((r) => r.system.padStart(26)).join('')}`);
    out.push(`${''.padEnd(16)}${rows.map(() => '      P      R'.padStart(26)).join('')}`);
    for (const c of HARMFUL) {
      if (c === 'personal_data') continue;
      const cells = rows.map((r) => {
        const m = r.metrics.perCategory.find((p) => p.category === c);
        return `${pct(m?.precision ?? null)}  ${pct(m?.recall ?? null)}`.padStart(26);
      });
      out.push(`${c.padEnd(16)}${cells.join('')}`);
    }
    const line = (label: string, f: (m: CorpusMetrics) => string) =>
      out.push(`${label.padEnd(16)}${rows.map((r) => f(r.metrics).padStart(26)).join('')}`);
    line(
      'traps alone',
      (m) => `${pct(m.trapLeftAlone.share)} (${m.trapLeftAlone.hits}/${m.trapLeftAlone.total})`,
    );
    line(
      'ordinary med+',
      (m) =>
        `${pct(m.ordinaryMediumPlus.share)} (${m.ordinaryMediumPlus.hits}/${m.ordinaryMediumPlus.total})`,
    );
    line('severity exact', (m) => pct(m.severity.exact.share));
    out.push('');
  }
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const holdout = process.argv.includes('--holdout');
  console.log(formatEvaluation(holdout ? evaluateHoldout() : evaluateModel()));
}

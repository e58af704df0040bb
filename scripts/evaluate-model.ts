import { fileURLToPath } from 'node:url';
import type { Engine } from '../src/app/engine.js';
import { loadLexicons } from '../src/app/load-lexicons.js';
import { loadModel, modelPath } from '../src/app/load-model.js';
import { DEFAULT_CONFIG_DIR } from '../src/app/paths.js';
import { analyse } from '../src/core/analyse.js';
import { evaluateCorpus, HARMFUL } from '../test/corpus/eval-cli.js';
import { type CorpusMetrics, computeMetrics, type ScoredLine } from '../test/corpus/metrics.js';
import { type BuildOptions, type Built, buildModel, DEFAULT_BUILD } from './model/build-model.js';
import { contextJudge } from './model/context-judge.js';
import { registryFor, SYSTEMS, type System, scoreLine } from './model/systems.js';
import { readTrainingLines, type TrainingLine } from './model/training-corpus.js';

export { SYSTEMS, type System } from './model/systems.js';

/**
 * `npm run eval:model`: what the model adds, measured without the holdout. Every line
 * of the training and dev sets is judged by a model that never saw it (k-fold, the folds
 * and thresholds `npm run train` uses), and scored like `npm run eval` for: the rules
 * alone, the model alone, the model after the context rules, and the shipped
 * combination. The rules were written while reading these lines, so their scores here
 * are memorised; the model's are honest. `--holdout` reports the same systems on the
 * holdout with the shipped model, through `npm run eval`'s runner (scores only).
 */

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
  const built = buildModel(lines, options, {}, contextJudge(lines, loadLexicons(DEFAULT_CONFIG_DIR)));
  const out: Evaluation[] = [];
  scoreSystems(lines, built, systems).forEach((scored, s) => {
    const name = (systems[s] as System).name;
    for (const part of ['dev', 'train'] as const) {
      const mine = scored.filter((_, i) => split(lines[i] as TrainingLine) === part);
      out.push({ system: name, split: part, metrics: computeMetrics(mine) });
    }
  });
  return out;
}

/**
 * Every line scored by every system, in `lines` order (one array per system), each line
 * judged by the fold model that did not see it, with thresholds chosen without its fold.
 */
export function scoreSystems(
  lines: readonly TrainingLine[],
  built: Built,
  systems: readonly System[] = SYSTEMS,
): ScoredLine[][] {
  const lexicons = loadLexicons(DEFAULT_CONFIG_DIR);
  return systems.map((system) => {
    const scored: ScoredLine[] = new Array(lines.length);
    built.foldModels.forEach((model, k) => {
      const registry = registryFor(lexicons, system, model);
      lines.forEach((line, i) => {
        if (built.fold[i] === k) scored[i] = scoreLine(registry, line);
      });
    });
    return scored;
  });
}

function split(line: TrainingLine): 'dev' | 'train' {
  return line.id.includes('-dev-') ? 'dev' : 'train';
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

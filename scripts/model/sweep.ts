import { appendFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chatMessages } from '../../bench/chat-messages.js';
import { loadLexicons } from '../../src/app/load-lexicons.js';
import { DEFAULT_CONFIG_DIR } from '../../src/app/paths.js';
import { type AbuseModel, MODEL_CATEGORIES, scoreText } from '../../src/core/detectors/model/abuse-model.js';
import { type CombinationPolicy, DEFAULT_POLICY } from '../../src/core/detectors/model/model-detector.js';
import { encodeModelFile } from '../../src/core/detectors/model/model-file.js';
import { normalise } from '../../src/core/text/normalise.js';
import { type CorpusMetrics, computeMetrics, type ScoredLine } from '../../test/corpus/metrics.js';
import { scoreSystems } from '../evaluate-model.js';
import { type BuildOptions, type Built, buildModel, DEFAULT_BUILD } from './build-model.js';
import { contextJudge } from './context-judge.js';
import { MODEL_WITH_CONTEXT, SYSTEMS, type System } from './systems.js';
import { chooseThreshold, type Scored, type ThresholdRule } from './thresholds.js';
import { readTrainingLines, type TrainingLine } from './training-corpus.js';

/**
 * Settings experiments for the model, scored by cross-validation only (never the holdout):
 *
 *   KLASWACHT_TRAINING_DIR=/tmp/model-snap node --import tsx scripts/model/sweep.ts experiments.json [name ...]
 *
 * `experiments.json` is an array of `{ name, features?, train?, thresholds?, policy? }`,
 * each part laid over `DEFAULT_BUILD` (and `DEFAULT_POLICY`). For each it builds the
 * model with k-fold cross-validation and prints, pooled over the training and dev lines
 * (each judged by a fold model that did not see it): per category precision and recall
 * of the model alone and of rules + model, the traps left alone and ordinary lines at
 * medium+, the recall the model adds on the positives the rules miss, the model file's
 * size and the microseconds per message of `scoreText` on the benchmark's chat messages.
 * One JSON line per experiment is appended to `$SWEEP_OUT` if set.
 */

export interface Experiment {
  readonly name: string;
  readonly features?: Partial<BuildOptions['features']>;
  readonly train?: Partial<BuildOptions['train']>;
  readonly thresholds?: Partial<BuildOptions['thresholds']>;
  readonly folds?: number;
  readonly foldSeed?: number;
  readonly policy?: Partial<CombinationPolicy>;
}

export function optionsOf(e: Experiment): BuildOptions {
  return {
    ...DEFAULT_BUILD,
    features: { ...DEFAULT_BUILD.features, ...e.features },
    train: { ...DEFAULT_BUILD.train, ...e.train },
    thresholds: { ...DEFAULT_BUILD.thresholds, ...e.thresholds },
    folds: e.folds ?? DEFAULT_BUILD.folds,
    foldSeed: e.foldSeed ?? DEFAULT_BUILD.foldSeed,
  };
}

const MODEL_ALONE = SYSTEMS.find((s) => s.name === 'model alone') as System;
const RULES_ALONE = SYSTEMS.find((s) => s.name === 'rules alone') as System;

/** Microseconds per message of `scoreText` over pre-normalised chat messages (best of `reps`). */
export function scoringMicros(model: AbuseModel, count = 20_000, reps = 5): number {
  const values = [...chatMessages(count)].map((m) => normalise(m.text).value);
  let sink = 0;
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < reps; r++) {
    const t0 = process.hrtime.bigint();
    for (const v of values) sink += scoreText(model, v).best[0] as number;
    const ns = Number(process.hrtime.bigint() - t0);
    best = Math.min(best, ns / 1000 / values.length);
  }
  if (sink < 0) console.log(sink);
  return best;
}

interface Row {
  readonly name: string;
  /** Per category from the pooled out-of-fold scores: average precision, and recall under each constraint alone. */
  readonly oof: Record<string, { ap: number; atFloor: number; atTraps: number; nested: number }>;
  readonly modelAlone: CorpusMetrics;
  readonly modelContext: CorpusMetrics;
  readonly combined: CorpusMetrics;
  /** Per category: share of the positives the rules alone miss that rules + model catch. */
  readonly added: Record<string, number>;
  readonly kb: number;
  readonly micros: number;
}

let rulesCache: ScoredLine[] | undefined;

function caught(line: ScoredLine, c: string): boolean {
  return line.findings.some((f) => f.category === c);
}

/** Threshold-free quality of the out-of-fold scores of one category. */
function oofQuality(lines: readonly TrainingLine[], built: Built, c: number, rule: ThresholdRule) {
  const cat = MODEL_CATEGORIES[c] as string;
  const scored: Scored[] = lines.map((l, i) => ({
    p: built.stands[i]?.[c] ? ((built.oof[i] as Float64Array)[c] as number) : 0,
    positive: l.categories.has(cat),
    trap: l.trap !== undefined,
    ordinary: l.trap === undefined && l.categories.size === 0,
  }));
  const sorted = [...scored].sort((a, b) => b.p - a.p);
  const positives = sorted.filter((s) => s.positive).length;
  let tp = 0;
  let ap = 0;
  sorted.forEach((s, i) => {
    if (!s.positive) return;
    tp++;
    ap += tp / (i + 1);
  });
  const atFloor = chooseThreshold(scored, { ...rule, trapBudget: 1, ordinaryBudget: 1 }).recall;
  const atTraps = chooseThreshold(scored, { ...rule, precisionFloor: 0 }).recall;
  // Nested: each fold's lines flagged by the thresholds chosen without that fold.
  let hit = 0;
  lines.forEach((l, i) => {
    const m = built.foldModels[built.fold[i] as number] as AbuseModel;
    if (
      l.categories.has(cat) &&
      ((built.oof[i] as Float64Array)[c] as number) >= (m.categories[c]?.threshold ?? 1)
    )
      hit++;
  });
  return {
    ap: positives === 0 ? 0 : ap / positives,
    atFloor,
    atTraps,
    nested: positives === 0 ? 0 : hit / positives,
  };
}

export function runExperiment(lines: readonly TrainingLine[], e: Experiment, fast = false): Row {
  const options = optionsOf(e);
  const policy = { ...DEFAULT_POLICY, ...e.policy };
  const built = buildModel(lines, options, {}, contextJudge(lines, loadLexicons(DEFAULT_CONFIG_DIR), policy));
  const oof: Row['oof'] = {};
  MODEL_CATEGORIES.forEach((c, i) => {
    oof[c] = oofQuality(lines, built, i, options.thresholds);
  });
  if (fast) {
    const empty = computeMetrics([]);
    return {
      name: e.name,
      oof,
      modelAlone: empty,
      modelContext: empty,
      combined: empty,
      added: {},
      kb: encodeModelFile(built.file).length / 1024,
      micros: 0,
    };
  }
  const combinedSystem: System = {
    name: 'rules + model',
    policy,
  };
  const withContext: System = {
    ...MODEL_WITH_CONTEXT,
    policy: { ...policy, rulesFirst: false, aloneMargin: 0 },
  };
  const systems = [MODEL_ALONE, combinedSystem, withContext, ...(rulesCache ? [] : [RULES_ALONE])];
  const scored = scoreSystems(lines, built, systems);
  rulesCache ??= scored[3];
  const rules = rulesCache as ScoredLine[];
  const combined = scored[1] as ScoredLine[];
  const added: Record<string, number> = {};
  for (const c of MODEL_CATEGORIES) {
    const missed = lines
      .map((_l, i) => i)
      .filter((i) => lines[i]?.categories.has(c) && !caught(rules[i] as ScoredLine, c));
    added[c] =
      missed.length === 0
        ? 0
        : missed.filter((i) => caught(combined[i] as ScoredLine, c)).length / missed.length;
  }
  return {
    name: e.name,
    oof,
    modelAlone: computeMetrics(scored[0] as ScoredLine[]),
    modelContext: computeMetrics(scored[2] as ScoredLine[]),
    combined: computeMetrics(combined),
    added,
    kb: encodeModelFile(built.file).length / 1024,
    micros: scoringMicros(built.model),
  };
}

const ABBR: Record<string, string> = {
  bullying: 'bul',
  threat: 'thr',
  hate: 'hat',
  extremism: 'ext',
  self_harm: 'slf',
  sexual: 'sex',
  account_abuse: 'acc',
  discrediting: 'dis',
};

const pc = (x: number | null | undefined) =>
  x === null || x === undefined ? ' n/a' : (x * 100).toFixed(0).padStart(3);

function perCategory(m: CorpusMetrics): string {
  return MODEL_CATEGORIES.map((c) => {
    const s = m.perCategory.find((p) => p.category === c);
    return `${ABBR[c]} ${pc(s?.precision)}/${pc(s?.recall)}`;
  }).join(' ');
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function meanRecall(m: CorpusMetrics): number {
  const r = MODEL_CATEGORIES.map((c) => m.perCategory.find((p) => p.category === c)?.recall ?? 0);
  return r.reduce((a, b) => a + b, 0) / r.length;
}

export function formatRow(r: Row): string {
  const traps = (m: CorpusMetrics) =>
    `${pc(m.trapLeftAlone.share)}% (${m.trapLeftAlone.total - m.trapLeftAlone.hits} hit)`;
  const ord = (m: CorpusMetrics) => `${m.ordinaryMediumPlus.hits}/${m.ordinaryMediumPlus.total}`;
  return [
    `== ${r.name}: ${r.kb.toFixed(0)} KiB, ${r.micros.toFixed(2)} µs/msg`,
    `  model alone   mean R ${pc(meanRecall(r.modelAlone))}  ${perCategory(r.modelAlone)}  traps ${traps(r.modelAlone)} ord ${ord(r.modelAlone)}`,
    `  model+context mean R ${pc(meanRecall(r.modelContext))}  ${perCategory(r.modelContext)}  traps ${traps(r.modelContext)} ord ${ord(r.modelContext)}`,
    `  rules + model mean R ${pc(meanRecall(r.combined))}  ${perCategory(r.combined)}  traps ${traps(r.combined)} ord ${ord(r.combined)}`,
    `  oof AP        mean ${pc(mean(MODEL_CATEGORIES.map((c) => r.oof[c]?.ap ?? 0)))}  ${MODEL_CATEGORIES.map((c) => `${ABBR[c]} ${pc(r.oof[c]?.ap)}`).join(' ')}`,
    `  oof R@floor / R@budgets / nested  ${MODEL_CATEGORIES.map((c) => `${ABBR[c]} ${pc(r.oof[c]?.atFloor)}/${pc(r.oof[c]?.atTraps)}/${pc(r.oof[c]?.nested)}`).join(' ')}`,
    `  added on rule misses ${MODEL_CATEGORIES.map((c) => `${ABBR[c]} ${pc(r.added[c])}`).join(' ')}`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, ...names] = process.argv.slice(2);
  if (!file) throw new Error('usage: sweep.ts experiments.json [name ...]');
  const all = JSON.parse(readFileSync(file, 'utf8')) as Experiment[];
  const picked = names.length === 0 ? all : all.filter((e) => names.includes(e.name));
  const lines = readTrainingLines();
  console.log(`${lines.length} lines`);
  for (const e of picked) {
    const row = runExperiment(lines, e, process.env.SWEEP_FAST === '1');
    console.log(formatRow(row));
    const out = process.env.SWEEP_OUT;
    if (out) appendFileSync(out, `${JSON.stringify({ ...row, experiment: e })}\n`);
  }
}

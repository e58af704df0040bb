import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, type Engine } from '../../src/app/engine.js';
import { TEXT_CATEGORIES, type TextCategory } from '../../src/core/categories.js';
import { corpusLineSchema } from './corpus-line.js';
import { CORPUS_DIR, CORPUS_FILES, type CorpusFile, readCorpusFile } from './load-corpus.js';
import { type CorpusMetrics, computeMetrics, type ScoredLine } from './metrics.js';
import { formatMetrics } from './metrics-table.js';

/**
 * `npm run eval`: runs every corpus file through the same engine the bot uses and
 * prints the scores per file and per split (dev, holdout), then the three numbers the
 * maintainers judge the core by. Only scores are printed, never a line of text, so the
 * holdout can be evaluated without anyone reading it. Missing files (the holdout
 * before it is written) are reported and skipped; they are included as soon as they exist.
 */

export type Split = 'dev' | 'holdout';

export interface SplitResult {
  readonly split: Split;
  readonly files: readonly CorpusFile[];
  readonly metrics: CorpusMetrics;
  readonly perFile: ReadonlyMap<CorpusFile, CorpusMetrics>;
}

/** Categories that protect someone; profanity is coarse but harms no one. */
export const HARMFUL: readonly TextCategory[] = TEXT_CATEGORIES.filter((c) => c !== 'profanity');

function scoreFile(engine: Engine, file: CorpusFile): ScoredLine[] {
  const scored: ScoredLine[] = [];
  for (const raw of readCorpusFile(file)) {
    const parsed = corpusLineSchema.safeParse(raw.value);
    if (!parsed.success)
      throw new Error(`${raw.file}:${raw.lineNo}: invalid corpus line (run the schema test)`);
    const line = parsed.data;
    // The kind of chat is known to the bot as well (a staff group, a pupils' group).
    const analysis = engine.analyse({ text: line.text, lang: line.lang, context: { groupType: line.group } });
    scored.push({ labels: line.labels, trap: line.trap, findings: analysis.findings });
  }
  return scored;
}

/** Evaluate both splits; a split whose files are all missing is left out. */
export function evaluateCorpus(engine: Engine = createEngine(), dir: string = CORPUS_DIR): SplitResult[] {
  const results: SplitResult[] = [];
  for (const split of ['dev', 'holdout'] as const) {
    const files = CORPUS_FILES.filter((f) => f.startsWith(`${split}.`) && existsSync(join(dir, f)));
    if (files.length === 0) continue;
    const perFile = new Map<CorpusFile, CorpusMetrics>();
    const all: ScoredLine[] = [];
    for (const f of files) {
      const scored = scoreFile(engine, f);
      perFile.set(f, computeMetrics(scored));
      all.push(...scored);
    }
    results.push({ split, files, metrics: computeMetrics(all), perFile });
  }
  return results;
}

function pct(x: number | null): string {
  return x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`;
}

/** The maintainers' three numbers for one split. */
export function headline(r: SplitResult): string {
  const m = r.metrics;
  const recalls = HARMFUL.map((c) => {
    const s = m.perCategory.find((p) => p.category === c);
    return `${c} ${pct(s?.recall ?? null)}`;
  });
  return [
    `${r.split}: maintainer targets`,
    `  recall per harmful category (target >= 90%): ${recalls.join(', ')}`,
    `  trap lines left alone (target >= 90%): ${pct(m.trapLeftAlone.share)} (${m.trapLeftAlone.hits}/${m.trapLeftAlone.total}); without medium+: ${pct(m.trapNoMediumPlus.share)}`,
    `  ordinary benign lines raising medium+ (target <= 2%): ${pct(m.ordinaryMediumPlus.share)} (${m.ordinaryMediumPlus.hits}/${m.ordinaryMediumPlus.total})`,
  ].join('\n');
}

export function formatReport(results: readonly SplitResult[]): string {
  const out: string[] = [];
  const missing = CORPUS_FILES.filter((f) => !results.some((r) => r.files.includes(f)));
  for (const r of results) {
    for (const [file, m] of r.perFile) out.push(formatMetrics(m, file), '');
    out.push(formatMetrics(r.metrics, `${r.split} (${r.files.join(' + ')})`), '', headline(r), '');
  }
  if (missing.length > 0) out.push(`not evaluated (missing): ${missing.join(', ')}`);
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(`${formatReport(evaluateCorpus())}\n`);
}

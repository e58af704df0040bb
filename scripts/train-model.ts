import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLexicons } from '../src/app/load-lexicons.js';
import { DEFAULT_CONFIG_DIR } from '../src/app/paths.js';
import { MODEL_CATEGORIES } from '../src/core/detectors/model/abuse-model.js';
import { encodeModelFile } from '../src/core/detectors/model/model-file.js';
import { type BuildOptions, buildModel, DEFAULT_BUILD } from './model/build-model.js';
import { contextJudge } from './model/context-judge.js';
import { corpusHash, readTrainingLines, TRAINING_FILES } from './model/training-corpus.js';

/** Where `npm run train` writes the model the app loads. */
export const MODEL_PATH = join(DEFAULT_CONFIG_DIR, 'model', 'abuse-model.json');

/**
 * `npm run train`: learn the abuse model from the training and dev sets (never the
 * holdout) and write `config/model/abuse-model.json`. Same corpus, same file.
 */
export function train(options: BuildOptions = DEFAULT_BUILD, out: string = MODEL_PATH): string {
  const lines = readTrainingLines();
  const built = buildModel(
    lines,
    options,
    { files: [...TRAINING_FILES], corpusHash: corpusHash() },
    contextJudge(lines, loadLexicons(DEFAULT_CONFIG_DIR)),
  );
  const content = encodeModelFile(built.file);
  writeFileSync(out, content);
  const rows = MODEL_CATEGORIES.map((c, i) => {
    const t = built.thresholds[i];
    return `  ${c.padEnd(14)} threshold ${t?.threshold.toFixed(3)}  cv precision ${t?.precision.toFixed(3)}  cv recall ${t?.recall.toFixed(3)}  trap lines ${t?.trapHits}`;
  });
  return [
    `trained on ${lines.length} lines (${TRAINING_FILES.join(', ')})`,
    ...rows,
    `wrote ${relative(process.cwd(), out)} (${(content.length / 1024).toFixed(0)} KiB)`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(train());
}

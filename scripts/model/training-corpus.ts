import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Severity, TextCategory } from '../../src/core/categories.js';
import { hashString } from '../../src/core/detectors/model/feature-hash.js';
import { corpusLineSchema } from '../../test/corpus/corpus-line.js';
import { CORPUS_DIR } from '../../test/corpus/load-corpus.js';

/**
 * The lines the model learns from: the training and dev sets. The holdout is never
 * named here and a file whose name does not start with `train.` or `dev.` is refused, so
 * the model cannot learn (or be tuned on) what the maintainers evaluate with.
 */
export const TRAINING_FILES = ['train.nl.jsonl', 'train.en.jsonl', 'dev.nl.jsonl', 'dev.en.jsonl'] as const;

/**
 * Where the training and dev files are read from: `test/corpus/`, or the directory in
 * `KLASWACHT_TRAINING_DIR` (a frozen copy of the same four files, so that experiments
 * compare settings on one corpus while others append lines to the checkout's). Only the
 * scripts read it; `npm run train` for the shipped model runs without it.
 */
export function trainingDir(): string {
  return process.env.KLASWACHT_TRAINING_DIR || CORPUS_DIR;
}

export interface TrainingLine {
  readonly id: string;
  readonly lang: 'nl' | 'en';
  readonly group: 'parents' | 'pupils' | 'staff';
  readonly text: string;
  /** The labels as written (severities for the evaluation). */
  readonly labels: ReadonlyArray<{ readonly category: TextCategory; readonly severity: Severity }>;
  readonly categories: ReadonlySet<string>;
  /** The trap tag of a benign look-alike line, if any. */
  readonly trap?: string;
}

export function readTrainingLines(
  files: readonly string[] = TRAINING_FILES,
  dir: string = trainingDir(),
): TrainingLine[] {
  const out: TrainingLine[] = [];
  for (const file of files) {
    if (!/^(train|dev)\.[a-z]+\.jsonl$/.test(file)) throw new Error(`${file}: not a training or dev file`);
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((raw, i) => {
        if (raw.trim() === '') return;
        const parsed = corpusLineSchema.safeParse(JSON.parse(raw));
        if (!parsed.success) throw new Error(`${file}:${i + 1}: invalid corpus line (run the schema test)`);
        const line = parsed.data;
        out.push({
          id: line.id,
          lang: line.lang,
          group: line.group,
          text: line.text,
          labels: line.labels,
          categories: new Set(line.labels.map((l) => l.category)),
          ...(line.trap ? { trap: line.trap } : {}),
        });
      });
  }
  return out;
}

/**
 * Hash of the training files' bytes, written into the model file: a test compares it with
 * the corpus in the checkout, so a corpus edit without `npm run train` fails CI.
 */
export function corpusHash(files: readonly string[] = TRAINING_FILES, dir: string = trainingDir()): string {
  const corpus = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  return hashString(corpus).toString(16).padStart(8, '0');
}

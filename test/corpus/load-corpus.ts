import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reads the corpus files as raw JSON values, one per line, without validating them:
 * the schema test validates (and reports file:line), the stats script and the eval
 * runner parse with the schema themselves.
 */

export const CORPUS_DIR = dirname(fileURLToPath(import.meta.url));

/** The four files and their split; the holdout files must not be read by detector authors. */
export const CORPUS_FILES = ['dev.nl.jsonl', 'dev.en.jsonl', 'holdout.nl.jsonl', 'holdout.en.jsonl'] as const;
export type CorpusFile = (typeof CORPUS_FILES)[number];

export interface RawLine {
  readonly file: string;
  readonly lineNo: number;
  readonly value: unknown;
}

/** Every non-empty line of one corpus file; a line that is not JSON becomes `{ error }`. */
export function readCorpusFile(file: string, dir: string = CORPUS_DIR): RawLine[] {
  const text = readFileSync(join(dir, file), 'utf8');
  const out: RawLine[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      value = { error: (e as Error).message };
    }
    out.push({ file, lineNo: i + 1, value });
  });
  return out;
}

/** The corpus files present in the folder (new splits show up without a code change). */
export function listCorpusFiles(dir: string = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
}

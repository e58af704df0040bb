import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CorpusLine, corpusLineSchema } from './corpus-line.js';
import { type CorpusFileLines, statsMarkdown } from './corpus-stats.js';
import { CORPUS_DIR, CORPUS_FILES, readCorpusFile } from './load-corpus.js';

// Prints the corpus counts as Markdown: `npx tsx test/corpus/stats.ts`.
// With `--write`, replaces the block between the stats markers in README.md.
// Covers the evaluation files and the training files (a missing file is left out).

const START = '<!-- stats:start -->';
const END = '<!-- stats:end -->';

const TRAIN_FILES = ['train.nl.jsonl', 'train.en.jsonl'] as const;

const present = [...CORPUS_FILES, ...TRAIN_FILES].filter((file) => existsSync(join(CORPUS_DIR, file)));
const files: CorpusFileLines[] = present.map((file) => {
  const lines: CorpusLine[] = [];
  for (const raw of readCorpusFile(file)) {
    const parsed = corpusLineSchema.safeParse(raw.value);
    if (parsed.success) lines.push(parsed.data);
    else process.stderr.write(`${raw.file}:${raw.lineNo}: invalid line (run the schema test)\n`);
  }
  return { file, lines };
});

const markdown = statsMarkdown(files);
if (process.argv.includes('--write')) {
  const readme = join(CORPUS_DIR, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${START} ... ${END} markers`);
  writeFileSync(readme, `${text.slice(0, from + START.length)}\n\n${markdown}\n\n${text.slice(to)}`);
} else {
  process.stdout.write(`${markdown}\n`);
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEXT_CATEGORIES } from '../../src/core/categories.js';
import {
  bsnCandidates,
  cardCandidates,
  ibanCandidates,
  isValidBsn,
  isValidIban,
  isValidLuhn,
} from './checksums.js';
import { type CorpusLine, corpusLineSchema } from './corpus-line.js';
import { CORPUS_DIR, CORPUS_FILES, type CorpusFile, listCorpusFiles, readCorpusFile } from './load-corpus.js';

// Floors from the corpus brief: lines per file, and lines per category per file.
const FLOORS: Record<CorpusFile, { lines: number; perCategory: number }> = {
  'dev.nl.jsonl': { lines: 650, perCategory: 30 },
  'dev.en.jsonl': { lines: 330, perCategory: 15 },
  'holdout.nl.jsonl': { lines: 300, perCategory: 15 },
  'holdout.en.jsonl': { lines: 150, perCategory: 8 },
};

function parseFile(file: CorpusFile): { lines: CorpusLine[]; problems: string[] } {
  const lines: CorpusLine[] = [];
  const problems: string[] = [];
  if (!existsSync(join(CORPUS_DIR, file))) return { lines, problems: [`${file}: missing`] };
  const [split, lang] = file.split('.') as [string, string];
  const expectedPrefix = `${lang}-${split === 'dev' ? 'dev' : 'ho'}-`;
  for (const raw of readCorpusFile(file)) {
    const parsed = corpusLineSchema.safeParse(raw.value);
    if (!parsed.success) {
      problems.push(
        `${file}:${raw.lineNo}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      );
      continue;
    }
    if (parsed.data.lang !== lang || !parsed.data.id.startsWith(expectedPrefix)) {
      problems.push(`${file}:${raw.lineNo}: id/lang do not belong in this file`);
    }
    lines.push(parsed.data);
  }
  return { lines, problems };
}

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
const corpus = Object.fromEntries(CORPUS_FILES.map((f) => [f, parseFile(f)])) as Record<
  CorpusFile,
  ReturnType<typeof parseFile>
>;

describe('corpus files', () => {
  it('are exactly the four known files', () => {
    expect(listCorpusFiles()).toEqual([...CORPUS_FILES].sort());
  });

  it('have unique ids across all files', () => {
    const ids = CORPUS_FILES.flatMap((f) => corpus[f].lines.map((l) => l.id));
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('never repeat a dev line in the holdout (after lowercasing and collapsing whitespace)', () => {
    const dev = new Set(
      ['dev.nl.jsonl', 'dev.en.jsonl'].flatMap((f) =>
        corpus[f as CorpusFile].lines.map((l) => normalise(l.text)),
      ),
    );
    const leaks = ['holdout.nl.jsonl', 'holdout.en.jsonl'].flatMap((f) =>
      corpus[f as CorpusFile].lines
        .filter((l) => dev.has(normalise(l.text)))
        .map((l) => `${l.id}: ${l.text}`),
    );
    expect(leaks).toEqual([]);
  });
});

describe.each(CORPUS_FILES)('%s', (file) => {
  const { lines, problems } = corpus[file];
  const floor = FLOORS[file];
  const benign = lines.filter((l) => l.labels.length === 0);

  it('validates every line against the schema', () => {
    expect(problems).toEqual([]);
  });

  it(`has at least ${floor.lines} lines, no text twice`, () => {
    expect(lines.length).toBeGreaterThanOrEqual(floor.lines);
    const texts = lines.map((l) => normalise(l.text));
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });

  it('is at least half benign, about a third of it ordinary and the rest traps', () => {
    expect(benign.length * 2).toBeGreaterThanOrEqual(lines.length);
    const ordinary = benign.filter((l) => !l.trap).length;
    expect(ordinary / benign.length).toBeGreaterThanOrEqual(0.25);
    expect(ordinary / benign.length).toBeLessThanOrEqual(0.45);
  });

  it.each(TEXT_CATEGORIES)(`labels %s on at least ${floor.perCategory} lines`, (category) => {
    const n = lines.filter((l) => l.labels.some((x) => x.category === category)).length;
    expect(n).toBeGreaterThanOrEqual(floor.perCategory);
  });

  it('carries a BSN, IBAN or card number that passes its checksum wherever one is labelled', () => {
    const checks = {
      bsn: [bsnCandidates, isValidBsn],
      iban: [ibanCandidates, isValidIban],
      credit_card: [cardCandidates, isValidLuhn],
    } as const;
    const bad = lines.flatMap((l) =>
      l.labels.flatMap((x) => {
        const check = x.kind && x.kind in checks ? checks[x.kind as keyof typeof checks] : undefined;
        if (!check) return [];
        const [find, valid] = check;
        return find(l.text).some(valid) ? [] : [`${l.id} ${x.kind}: ${l.text}`];
      }),
    );
    expect(bad).toEqual([]);
  });
});

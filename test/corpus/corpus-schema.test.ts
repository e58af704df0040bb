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

/**
 * The training sets: written for detector authors to learn from and train on (README,
 * "Files"); validated like the others, but never evaluated and never compared with the
 * holdout (that would mean reading it).
 */
const TRAIN_FILES = ['train.nl.jsonl', 'train.en.jsonl'] as const;
type TrainFile = (typeof TRAIN_FILES)[number];
type AnyFile = CorpusFile | TrainFile;
const ALL_FILES: readonly AnyFile[] = [...CORPUS_FILES, ...TRAIN_FILES];

interface Floor {
  readonly lines: number;
  /** Lines per category; personal data may have fewer in the training sets. */
  readonly perCategory: number;
  readonly personalData?: number;
  /** Share of benign lines (no labels): the evaluation sets are at least half benign. */
  readonly benign: readonly [min: number, max: number];
}

// Floors from the corpus briefs: lines per file, and lines per category per file.
const FLOORS: Record<AnyFile, Floor> = {
  'dev.nl.jsonl': { lines: 650, perCategory: 30, benign: [0.5, 1] },
  'dev.en.jsonl': { lines: 330, perCategory: 15, benign: [0.5, 1] },
  'holdout.nl.jsonl': { lines: 300, perCategory: 15, benign: [0.5, 1] },
  'holdout.en.jsonl': { lines: 150, perCategory: 8, benign: [0.5, 1] },
  // About 55% harmful, 45% benign.
  'train.nl.jsonl': { lines: 1600, perCategory: 100, personalData: 40, benign: [0.4, 0.5] },
  'train.en.jsonl': { lines: 900, perCategory: 50, personalData: 20, benign: [0.4, 0.5] },
};

const SPLIT_PREFIX: Record<string, string> = { dev: 'dev', holdout: 'ho', train: 'train' };

function parseFile(file: AnyFile): { lines: CorpusLine[]; problems: string[] } {
  const lines: CorpusLine[] = [];
  const problems: string[] = [];
  if (!existsSync(join(CORPUS_DIR, file))) return { lines, problems: [`${file}: missing`] };
  const [split, lang] = file.split('.') as [string, string];
  const expectedPrefix = `${lang}-${SPLIT_PREFIX[split]}-`;
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
const corpus = Object.fromEntries(ALL_FILES.map((f) => [f, parseFile(f)])) as Record<
  AnyFile,
  ReturnType<typeof parseFile>
>;
const devTexts = new Set(
  (['dev.nl.jsonl', 'dev.en.jsonl'] as const).flatMap((f) => corpus[f].lines.map((l) => normalise(l.text))),
);

describe('corpus files', () => {
  it('are exactly the four evaluation files and the two training files', () => {
    expect(listCorpusFiles()).toEqual([...ALL_FILES].sort());
  });

  it('have unique ids across all files', () => {
    const ids = ALL_FILES.flatMap((f) => corpus[f].lines.map((l) => l.id));
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('never repeat a dev line in the holdout (after lowercasing and collapsing whitespace)', () => {
    const leaks = (['holdout.nl.jsonl', 'holdout.en.jsonl'] as const).flatMap((f) =>
      corpus[f].lines.filter((l) => devTexts.has(normalise(l.text))).map((l) => `${l.id}: ${l.text}`),
    );
    expect(leaks).toEqual([]);
  });

  it('never repeat a dev line in the training sets (after lowercasing and collapsing whitespace)', () => {
    const copies = TRAIN_FILES.flatMap((f) =>
      corpus[f].lines.filter((l) => devTexts.has(normalise(l.text))).map((l) => `${l.id}: ${l.text}`),
    );
    expect(copies).toEqual([]);
  });
});

describe.each(ALL_FILES)('%s', (file) => {
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

  it(`is ${floor.benign[0] * 100}% to ${floor.benign[1] * 100}% benign, about a third of it ordinary and the rest traps`, () => {
    expect(benign.length).toBeGreaterThanOrEqual(floor.benign[0] * lines.length);
    expect(benign.length).toBeLessThanOrEqual(floor.benign[1] * lines.length);
    const ordinary = benign.filter((l) => !l.trap).length;
    expect(ordinary / benign.length).toBeGreaterThanOrEqual(0.25);
    expect(ordinary / benign.length).toBeLessThanOrEqual(0.45);
  });

  it.each(TEXT_CATEGORIES)('labels %s on enough lines', (category) => {
    const n = lines.filter((l) => l.labels.some((x) => x.category === category)).length;
    const min = category === 'personal_data' ? (floor.personalData ?? floor.perCategory) : floor.perCategory;
    expect(n, `${file} ${category}`).toBeGreaterThanOrEqual(min);
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

import { TEXT_CATEGORIES } from '../../src/core/categories.js';
import type { CorpusLine } from './corpus-line.js';

/**
 * Counts for the README: per file, per category (with the severity spread), per
 * personal-data kind, per trap tag and per group. Pure; `stats.ts` does the I/O.
 */

export interface CorpusFileLines {
  readonly file: string;
  readonly lines: readonly CorpusLine[];
}

export function statsMarkdown(files: readonly CorpusFileLines[]): string {
  const names = files.map((f) => f.file);
  const header = (first: string) => [
    `| ${first} | ${names.join(' | ')} |`,
    `|---|${names.map(() => '--:').join('|')}|`,
  ];
  const row = (label: string, count: (lines: readonly CorpusLine[]) => number | string) =>
    `| ${label} | ${files.map((f) => String(count(f.lines))).join(' | ')} |`;

  const overview = [
    ...header('lines'),
    row('all', (ls) => ls.length),
    row('benign (no labels)', (ls) => ls.filter((l) => l.labels.length === 0).length),
    row('benign, ordinary', (ls) => ls.filter((l) => l.labels.length === 0 && !l.trap).length),
    row('benign, trap', (ls) => ls.filter((l) => l.labels.length === 0 && l.trap).length),
    row('`low` only, trap', (ls) => ls.filter((l) => l.labels.length > 0 && l.trap).length),
    row('positive', (ls) => ls.filter((l) => l.labels.length > 0).length),
    row('multi-label', (ls) => ls.filter((l) => l.labels.length > 1).length),
  ];

  const categories = [
    ...header('category: lines (low/medium/high/critical)'),
    ...TEXT_CATEGORIES.map((c) =>
      row(c, (ls) => {
        const sev = ['low', 'medium', 'high', 'critical'].map(
          (s) => ls.filter((l) => l.labels.some((x) => x.category === c && x.severity === s)).length,
        );
        return `${sev.reduce((a, b) => a + b, 0)} (${sev.join('/')})`;
      }),
    ),
  ];

  const kinds = distinct(files.flatMap((f) => f.lines.flatMap((l) => l.labels.map((x) => x.kind ?? ''))));
  const kindTable = [
    ...header('personal_data kind'),
    ...kinds.map((k) => row(k, (ls) => ls.filter((l) => l.labels.some((x) => x.kind === k)).length)),
  ];

  const traps = distinct(files.flatMap((f) => f.lines.map((l) => l.trap ?? '')));
  const trapTable = [
    ...header('trap'),
    ...traps.map((t) => row(t, (ls) => ls.filter((l) => l.trap === t).length)),
  ];

  const groupTable = [
    ...header('group'),
    ...['parents', 'pupils', 'staff'].map((g) => row(g, (ls) => ls.filter((l) => l.group === g).length)),
  ];

  const targets = ['self', 'person', 'group', 'school', 'teacher'];
  const targetTable = [
    ...header('label target'),
    ...targets.map((t) => row(t, (ls) => ls.flatMap((l) => l.labels).filter((x) => x.target === t).length)),
    row('(none)', (ls) => ls.flatMap((l) => l.labels).filter((x) => x.target === undefined).length),
  ];

  return [overview, categories, kindTable, trapTable, groupTable, targetTable]
    .map((t) => t.join('\n'))
    .join('\n\n');
}

function distinct(xs: readonly string[]): string[] {
  return [...new Set(xs.filter((x) => x !== ''))].sort();
}

import type { CorpusMetrics, Ratio } from './metrics.js';

/**
 * The plain-text report of `computeMetrics`: one row per category, then the line-level
 * shares the maintainers' targets are stated in (trap lines left alone, ordinary benign
 * lines raising medium or higher, severity agreement).
 */
export function formatMetrics(m: CorpusMetrics, title = 'corpus'): string {
  const head = [
    'category',
    'support',
    'tp',
    'fp',
    'fn',
    'precision',
    'recall',
    'f1',
    'sev exact',
    'under',
    'over',
  ];
  const rows = m.perCategory.map((c) => [
    c.category,
    String(c.support),
    String(c.tp),
    String(c.fp),
    String(c.fn),
    num(c.precision),
    num(c.recall),
    num(c.f1),
    num(c.severity.exact.share),
    String(c.severity.under),
    String(c.severity.over),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const render = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  const rule = '-'.repeat(render(head).length);
  const shares: [string, Ratio][] = [
    ['trap lines left alone (no finding)', m.trapLeftAlone],
    ['trap lines without a medium+ finding', m.trapNoMediumPlus],
    ['ordinary benign lines raising medium+', m.ordinaryMediumPlus],
    ['severity agreement on true positives', m.severity.exact],
  ];
  const labelWidth = Math.max(...shares.map(([l]) => l.length));
  return [
    `${title}: ${m.lines} lines`,
    render(head),
    rule,
    ...rows.map(render),
    rule,
    ...shares.map(([label, r]) => `${label.padEnd(labelWidth)}  ${share(r)}`),
    `${'severity of true positives too low / too high'.padEnd(labelWidth)}  ${m.severity.under} / ${m.severity.over}`,
  ].join('\n');
}

function num(x: number | null): string {
  return x === null ? 'n/a' : x.toFixed(3);
}

function share(r: Ratio): string {
  const pct = r.share === null ? 'n/a' : `${(r.share * 100).toFixed(1)}%`;
  return `${r.hits}/${r.total}  ${pct}`;
}

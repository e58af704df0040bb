import { SEVERITIES, type Severity } from '../../core/categories.js';
import { escapeHtml } from './html-escape.js';
import type { DayCount } from './scan-report.js';

/** Bar colours by severity, shared by the chart and its legend. */
export const SEVERITY_COLOURS: Readonly<Record<Severity, string>> = {
  low: '#e3b341',
  medium: '#e07b29',
  high: '#d03b3b',
  critical: '#7a1020',
};

const W = 900;
const H = 240;
const LEFT = 40;
const RIGHT = 10;
const TOP = 12;
const BOTTOM = 40;

export interface ChartLabels {
  readonly title: string;
  readonly dayLabel: (day: DayCount) => string;
  /** Short label under the axis, e.g. `12 mrt`. */
  readonly tick: (day: string) => string;
}

/**
 * Flagged messages per day as an inline SVG bar chart, stacked by severity: no script,
 * no external file, so the report opens anywhere and prints. Each day is a `<g>` with
 * `data-day`, so tests (and screen readers, through `<title>`) can find it; a grey
 * strip under the axis marks days with any messages at all.
 */
export function renderChart(days: readonly DayCount[], labels: ChartLabels): string {
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const base = TOP + plotH;
  const step = plotW / Math.max(1, days.length);
  const barW = Math.max(1, step * 0.8);
  const max = Math.max(1, ...days.map((d) => d.flagged));
  const tickEvery = Math.max(1, Math.ceil(max / 5));
  const top = Math.ceil(max / tickEvery) * tickEvery;
  const y = (n: number) => base - (n / top) * plotH;
  const out: string[] = [];
  out.push(
    `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(labels.title)}" xmlns="http://www.w3.org/2000/svg">`,
  );
  for (let v = 0; v <= top; v += tickEvery) {
    out.push(
      `<line x1="${LEFT}" x2="${W - RIGHT}" y1="${fmt(y(v))}" y2="${fmt(y(v))}" stroke="${v === 0 ? '#444' : '#e6e6e6'}" stroke-width="1"/>`,
      `<text x="${LEFT - 6}" y="${fmt(y(v) + 4)}" text-anchor="end" font-size="11" fill="#555">${v}</text>`,
    );
  }
  const labelEvery = Math.max(1, Math.ceil(days.length / 10));
  days.forEach((d, i) => {
    const x = LEFT + i * step + (step - barW) / 2;
    // A transparent column over the whole plot height: the day's tooltip works anywhere above it.
    const parts: string[] = [
      `<title>${escapeHtml(labels.dayLabel(d))}</title>`,
      `<rect class="column" x="${fmt(LEFT + i * step)}" y="${TOP}" width="${fmt(step)}" height="${plotH}" fill="transparent"/>`,
    ];
    let level = 0;
    for (const s of SEVERITIES) {
      const n = d.bySeverity[s];
      if (n === 0) continue;
      parts.push(
        `<rect x="${fmt(x)}" y="${fmt(y(level + n))}" width="${fmt(barW)}" height="${fmt(y(level) - y(level + n))}" fill="${SEVERITY_COLOURS[s]}"/>`,
      );
      level += n;
    }
    if (d.messages > 0)
      parts.push(`<rect x="${fmt(x)}" y="${base + 3}" width="${fmt(barW)}" height="4" fill="#c9ced6"/>`);
    out.push(`<g class="day" data-day="${d.day}" data-flagged="${d.flagged}">${parts.join('')}</g>`);
    if (i % labelEvery === 0)
      out.push(
        `<text x="${fmt(LEFT + i * step + step / 2)}" y="${base + 22}" text-anchor="middle" font-size="11" fill="#555">${escapeHtml(labels.tick(d.day))}</text>`,
      );
  });
  out.push('</svg>');
  return out.join('\n');
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

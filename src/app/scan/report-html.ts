import { CATEGORIES, type Language, SEVERITIES, type Severity } from '../../core/categories.js';
import { escapeHtml } from './html-escape.js';
import { adviceFor } from './protocol-advice.js';
import { renderChart, SEVERITY_COLOURS } from './report-chart.js';
import { REPORT_CSS } from './report-style.js';
import { type ReportText, reportText } from './report-text.js';
import type { FlaggedMessage, ScanReport } from './scan-report.js';

/** Rows per category in the HTML; the JSON report always has all of them. */
export const MAX_ROWS_PER_CATEGORY = 500;

/**
 * The teacher's report: one self-contained HTML file (inline style and SVG, no script,
 * a content security policy that forbids loading anything) that opens from a USB stick
 * or an e-mail attachment and prints. All export content is escaped.
 */
export function renderHtmlReport(report: ScanReport, lang: Language): string {
  const t = reportText(lang);
  const s = report.summary;
  const e = escapeHtml;
  const day = dayFormatter(t.locale);
  const period = s.firstDay && s.lastDay ? dayRange(t.locale, s.firstDay, s.lastDay) : t.none;
  const media = Object.values(s.media).reduce((a, b) => a + b, 0);
  const pct = s.messages === 0 ? 0 : Math.round((s.flaggedMessages / s.messages) * 1000) / 10;
  const cards: [string, string][] = [
    [t.period, period],
    [t.messages, s.messages.toLocaleString(t.locale)],
    [t.participants, String(s.participants)],
    [t.flagged, `${s.flaggedMessages.toLocaleString(t.locale)} (${pct.toLocaleString(t.locale)}%)`],
    [t.media, media.toLocaleString(t.locale)],
    [t.worst, s.worst ? t.severity[s.worst] : t.none],
  ];
  const shortDay = tickFormatter(t.locale);
  const chart = renderChart(report.days, {
    title: t.chartTitle,
    dayLabel: (d) => t.chartLabel(day(d.day), d.flagged, d.messages),
    tick: shortDay,
  });
  const legend = SEVERITIES.map(
    (sev) => `<span><i style="background:${SEVERITY_COLOURS[sev]}"></i>${e(t.severity[sev])}</span>`,
  ).join('');
  const body = [
    `<h1>${e(t.title)}</h1>`,
    `<p class="note">${e(t.intro(report.zipEntry ? `${report.file} (${report.zipEntry})` : report.file))}</p>`,
    `<p class="note privacy">${e(t.privacy)}</p>`,
    `<p class="note">${e(t.dryRun(report.policyApplied))}</p>`,
    `<section class="cards" id="summary">${cards.map(([l, v]) => `<div class="card"><div class="label">${e(l)}</div><div class="value">${e(v)}</div></div>`).join('')}</section>`,
    `<section id="chart"><h2>${e(t.chartTitle)}</h2><div class="panel">${chart}<div class="legend">${legend}</div></div></section>`,
    `<section id="by-category"><h2>${e(t.byCategory)}</h2>${categories(report, t, lang, day)}</section>`,
    report.people.length > 0
      ? `<section id="by-person"><h2>${e(t.byPerson)}</h2>${people(report, t)}</section>`
      : '',
    `<footer><p>${e(t.notices(s.notices))}</p><p>${e(t.generated(report.generatedAt.toISOString().slice(0, 16).replace('T', ' ')))} UTC</p></footer>`,
  ];
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>${e(t.title)} – ${e(report.file)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}

function categories(report: ScanReport, t: ReportText, lang: Language, day: (d: string) => string): string {
  const e = escapeHtml;
  const present = CATEGORIES.filter((c) => report.summary.byCategory[c]);
  if (present.length === 0) return `<p class="panel">${e(t.nothingFlagged)}</p>`;
  return present
    .map((c) => {
      const rows = report.flagged.filter((f) => f.findings.some((x) => x.category === c));
      const advice = adviceFor(c, lang);
      const shown = rows.slice(0, MAX_ROWS_PER_CATEGORY);
      const more = rows.length - shown.length;
      return `<article class="category panel" data-category="${c}">
<h3>${e(t.category[c])} <span class="count">(${rows.length})</span></h3>
<div class="advice"><strong>${e(t.advice)}</strong> <span class="clauses">(${e(advice.clauses)})</span><br>${e(advice.text)}</div>
<table><thead><tr><th>${e(t.when)}</th><th>${e(t.person)}</th><th></th><th>${e(t.excerpt)}</th><th>${e(t.why)}</th>${report.policyApplied ? `<th>${e(t.wouldDo)}</th>` : ''}</tr></thead>
<tbody>${shown.map((f) => row(f, c, report.policyApplied, t, day)).join('')}</tbody></table>${more > 0 ? `<p class="more">+ ${more}</p>` : ''}
</article>`;
    })
    .join('\n');
}

function row(
  f: FlaggedMessage,
  c: string,
  policy: boolean,
  t: ReportText,
  day: (d: string) => string,
): string {
  const e = escapeHtml;
  const mine = f.findings.filter((x) => x.category === c);
  const sev = mine.reduce<Severity>(
    (w, x) => (SEVERITIES.indexOf(x.severity) > SEVERITIES.indexOf(w) ? x.severity : w),
    'low',
  );
  const why = [...new Set(mine.map((x) => x.why))].join(' ');
  return `<tr data-line="${f.line}"><td class="when">${e(day(f.day))} ${e(f.time)}</td><td class="who">${e(f.author)}</td><td>${badge(sev, t)}</td><td class="excerpt">${e(f.excerpt)}</td><td>${e(why)}</td>${policy ? `<td>${e(f.wouldDo.join('; '))}</td>` : ''}</tr>`;
}

function people(report: ScanReport, t: ReportText): string {
  const e = escapeHtml;
  const rows = report.people
    .map(
      (p) =>
        `<tr data-person="${e(p.author)}"><td>${e(p.author)}</td><td>${p.flaggedMessages}</td><td>${e(p.categories.map((c) => t.category[c]).join(', '))}</td><td>${badge(p.worst, t)}</td><td>${e(abbreviate(p.lines))}</td></tr>`,
    )
    .join('');
  return `<div class="panel"><table><thead><tr><th>${e(t.person)}</th><th>${e(t.flagged)}</th><th>${e(t.categories)}</th><th>${e(t.worst)}</th><th>${e(t.lines)}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function badge(s: Severity, t: ReportText): string {
  return `<span class="sev" style="background:${SEVERITY_COLOURS[s]}">${escapeHtml(t.severity[s])}</span>`;
}

function abbreviate(lines: readonly number[]): string {
  return lines.length <= 12
    ? lines.join(', ')
    : `${lines.slice(0, 12).join(', ')}, … (+${lines.length - 12})`;
}

function dayFormatter(locale: string): (day: string) => string {
  const f = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  return (day) => f.format(new Date(`${day}T00:00:00Z`));
}

/** `3–24 mrt 2025`: the locale's own way of writing a range. */
function dayRange(locale: string, first: string, last: string): string {
  const f = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  return f.formatRange(new Date(`${first}T00:00:00Z`), new Date(`${last}T00:00:00Z`));
}

function tickFormatter(locale: string): (day: string) => string {
  const f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' });
  return (day) => f.format(new Date(`${day}T00:00:00Z`));
}

import type { ExportMessage } from '../../../adapters/whatsapp-export/export-entry.js';
import type { ExportMediaKind } from '../../../adapters/whatsapp-export/placeholders.js';
import { type Category, type Severity, severityRank } from '../../core/categories.js';
import { type MaskFn, maskAuthorName, maskedExcerpt } from './masked-excerpt.js';
import type { ScanJudgement } from './scan-judge.js';
import {
  type CategoryCount,
  type DayCount,
  type FlaggedMessage,
  type PersonSummary,
  type ReportFinding,
  type ScanSummary,
  zeroSeverities,
} from './scan-report.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Adds up a scan as messages stream past. Unflagged messages leave only counts; a
 * flagged one leaves a masked excerpt. Memory grows with days, people and flagged
 * messages, never with the export's size.
 */
export class ScanTally {
  private readonly dayCounts = new Map<
    string,
    Mutable<DayCount> & { bySeverity: Record<Severity, number> }
  >();
  private readonly participants = new Set<string>();
  private readonly categories = new Map<
    Category,
    { messages: number; bySeverity: Record<Severity, number> }
  >();
  private readonly severities = zeroSeverities();
  private readonly media: Record<ExportMediaKind, number> = {
    photo: 0,
    video: 0,
    audio: 0,
    document: 0,
    sticker: 0,
    unknown: 0,
  };
  readonly flagged: FlaggedMessage[] = [];
  notices = 0;
  strayLines = 0;
  private messages = 0;
  private deleted = 0;

  constructor(private readonly mask: MaskFn) {}

  /** Counts a notice's day too, so the chart's days run from the chat's first line. */
  notice(day: string): void {
    this.notices++;
    this.day(day);
  }

  add(m: ExportMessage, judgement: ScanJudgement | undefined): void {
    this.messages++;
    this.participants.add(m.author);
    if (m.media) this.media[m.media]++;
    if (m.deleted) this.deleted++;
    const day = this.day(m.day);
    day.messages++;
    const findings = judgement?.findings ?? [];
    if (!judgement || findings.length === 0) return;
    const worst = worstOf(findings);
    day.flagged++;
    day.bySeverity[worst]++;
    this.severities[worst]++;
    for (const category of new Set(findings.map((f) => f.category))) {
      const c = this.categories.get(category) ?? { messages: 0, bySeverity: zeroSeverities() };
      c.messages++;
      c.bySeverity[worstOf(findings.filter((f) => f.category === category))]++;
      this.categories.set(category, c);
    }
    this.flagged.push({
      line: m.line,
      day: m.day,
      time: `${pad(m.local.hour)}:${pad(m.local.minute)}`,
      author: maskAuthorName(m.author),
      worst,
      findings,
      excerpt: maskedExcerpt(m.text, judgement.analysis.findings, this.mask),
      wouldDo: judgement.wouldDo,
    });
  }

  summary(): ScanSummary {
    const days = [...this.dayCounts.keys()].sort();
    const byCategory: Partial<Record<Category, CategoryCount>> = {};
    for (const [k, v] of this.categories) byCategory[k] = v;
    const worst = (['critical', 'high', 'medium', 'low'] as const).find((s) => this.severities[s] > 0);
    return {
      ...(days.length > 0 ? { firstDay: days[0], lastDay: days.at(-1) } : {}),
      messages: this.messages,
      participants: this.participants.size,
      notices: this.notices,
      strayLines: this.strayLines,
      media: { ...this.media },
      deleted: this.deleted,
      flaggedMessages: this.flagged.length,
      byCategory,
      bySeverity: { ...this.severities },
      ...(worst ? { worst } : {}),
    };
  }

  /** Every calendar day from the first to the last, zero-filled. */
  days(): DayCount[] {
    const keys = [...this.dayCounts.keys()].sort();
    if (keys.length === 0) return [];
    const out: DayCount[] = [];
    const end = Date.parse(`${keys.at(-1)}T00:00:00Z`);
    for (let t = Date.parse(`${keys[0]}T00:00:00Z`); t <= end; t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      out.push(this.dayCounts.get(day) ?? { day, messages: 0, flagged: 0, bySeverity: zeroSeverities() });
    }
    return out;
  }

  people(): PersonSummary[] {
    const byAuthor = new Map<string, FlaggedMessage[]>();
    for (const f of this.flagged) {
      const list = byAuthor.get(f.author);
      if (list) list.push(f);
      else byAuthor.set(f.author, [f]);
    }
    return [...byAuthor]
      .map(([author, list]) => ({
        author,
        flaggedMessages: list.length,
        categories: [...new Set(list.flatMap((f) => f.findings.map((x) => x.category)))].sort(),
        worst: list.reduce<Severity>(
          (w, f) => (severityRank(f.worst) > severityRank(w) ? f.worst : w),
          'low',
        ),
        lines: list.map((f) => f.line),
      }))
      .sort(
        (a, b) =>
          b.flaggedMessages - a.flaggedMessages ||
          severityRank(b.worst) - severityRank(a.worst) ||
          a.author.localeCompare(b.author),
      );
  }

  private day(day: string) {
    let d = this.dayCounts.get(day);
    if (!d) {
      d = { day, messages: 0, flagged: 0, bySeverity: zeroSeverities() };
      this.dayCounts.set(day, d);
    }
    return d;
  }
}

function worstOf(findings: readonly ReportFinding[]): Severity {
  return findings.reduce<Severity>(
    (w, f) => (severityRank(f.severity) > severityRank(w) ? f.severity : w),
    'low',
  );
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

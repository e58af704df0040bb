import type { DateOrder } from '../../../adapters/whatsapp-export/date-order.js';
import type { ExportMediaKind } from '../../../adapters/whatsapp-export/placeholders.js';
import type { Category, PersonalDataKind, Severity } from '../../core/categories.js';

/**
 * What a scan found, and the only thing that leaves the scanner: counts for every
 * message, and masked excerpts of flagged messages only. Both the HTML and the JSON
 * report are renderings of this object, so they can never disagree.
 */
export interface ScanReport {
  readonly file: string;
  readonly zipEntry?: string;
  readonly dateOrder: DateOrder;
  readonly timeZone: string;
  readonly generatedAt: Date;
  /** True when `wouldDo` came from the bot's policy (a dry run), not only the core. */
  readonly policyApplied: boolean;
  readonly summary: ScanSummary;
  /** Every day from the first message to the last, days without messages included. */
  readonly days: readonly DayCount[];
  /** In file order. */
  readonly flagged: readonly FlaggedMessage[];
  /** Most flagged first. */
  readonly people: readonly PersonSummary[];
}

export interface ScanSummary {
  readonly firstDay?: string;
  readonly lastDay?: string;
  readonly messages: number;
  readonly participants: number;
  readonly notices: number;
  readonly strayLines: number;
  readonly media: Readonly<Record<ExportMediaKind, number>>;
  readonly deleted: number;
  readonly flaggedMessages: number;
  readonly byCategory: Readonly<Partial<Record<Category, CategoryCount>>>;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly worst?: Severity;
}

export interface CategoryCount {
  /** Flagged messages with at least one finding of this category. */
  readonly messages: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
}

export interface DayCount {
  /** `YYYY-MM-DD`, local to the chat. */
  readonly day: string;
  readonly messages: number;
  readonly flagged: number;
  /** Flagged messages by their most severe finding. */
  readonly bySeverity: Readonly<Record<Severity, number>>;
}

export interface ReportFinding {
  readonly category: Category;
  readonly severity: Severity;
  readonly kind?: PersonalDataKind;
  readonly rule: string;
  readonly why: string;
}

export interface FlaggedMessage {
  /** Line in the export where the message starts: the teacher can look it up. */
  readonly line: number;
  readonly day: string;
  /** `HH:MM`, local. */
  readonly time: string;
  /** As exported; a phone number shown as a name is masked. */
  readonly author: string;
  readonly worst: Severity;
  readonly findings: readonly ReportFinding[];
  /** Masked, and cut around the evidence. */
  readonly excerpt: string;
  readonly wouldDo: readonly string[];
}

export interface PersonSummary {
  readonly author: string;
  readonly flaggedMessages: number;
  readonly categories: readonly Category[];
  readonly worst: Severity;
  readonly lines: readonly number[];
}

export function zeroSeverities(): Record<Severity, number> {
  return { low: 0, medium: 0, high: 0, critical: 0 };
}

import type { PersonalDataKind, Target } from '../../categories.js';
import type { ContextNote } from '../../finding.js';
import type { AllowList } from './allow-list.js';
import type { PdHit } from './make-finding.js';
import type { MessageScan } from './scan/message-scan.js';
import type { NumberRun } from './scan/number-runs.js';
import { type Owner, ownerBefore } from './target.js';
import { vetoNote } from './veto-notes.js';

/**
 * Most findings one message can produce. One is enough to act on; the cap keeps a
 * hostile message of 100,000 phone numbers from flooding the verdict and whatever
 * runs after the detector.
 */
export const MAX_HITS = 200;

/** What each recogniser of one message gets: the shared scan, the number runs, the group's allow-list. */
export interface RecogniserInput {
  readonly scan: MessageScan;
  readonly runs: readonly NumberRun[];
  readonly allow: AllowList;
}

/** A recogniser for one kind of personal data: reads the input, reports into the sink. */
export type Recogniser = (input: RecogniserInput, sink: HitSink) => void;

/** What a recogniser found, before the sink decides whose it is and whether it stands. */
export interface Report {
  readonly kind: PersonalDataKind;
  readonly rule: string;
  /** ORIGINAL offsets. */
  readonly start: number;
  readonly end: number;
  /** Known by the recogniser (health); otherwise read from the words before the span. */
  readonly owner?: Owner;
  /** A veto the recogniser decided itself (a public helpline, a denial). */
  readonly vetoed?: ContextNote;
  /** The recogniser compared with the allow-list itself (phones compare as E.164). */
  readonly allowListed?: boolean;
}

/**
 * Collects the hits of all recognisers of one message. A reported span is claimed, so
 * a later recogniser does not report the same characters again (an IBAN's digits as a
 * BSN); vetoed hits claim too, so the school's allow-listed number is not picked up by
 * another recogniser either. The sink also applies the vetoes every kind shares: the
 * group's allow-list (ARCHITECTURE rule 2), data that belongs to an organisation
 * (`het kantoor van de busmaatschappij: 030-...`), which the AVG does not protect, and
 * numbers labelled as order or tracking numbers.
 */
export class HitSink {
  readonly hits: PdHit[] = [];

  constructor(
    private readonly scan: MessageScan,
    private readonly allow: AllowList,
  ) {}

  get full(): boolean {
    return this.hits.length >= MAX_HITS;
  }

  /** Whether `[start, end)` (original offsets) is free to report. */
  isFree(start: number, end: number): boolean {
    return !this.scan.isClaimed(start, end);
  }

  report(found: Report): void {
    const r = { ...found, end: this.withTrailingMarks(found.end) };
    if (this.full || !this.isFree(r.start, r.end)) return;
    if (LABELLED_KINDS.has(r.kind) && this.scan.contextBefore('not-personal', r.start, LABEL_GAP)) return;
    const owner = r.owner ?? ownerBefore(this.scan, r.start);
    const written = this.scan.original.slice(r.start, r.end);
    const listed = r.allowListed ?? this.allow.hasText(r.kind, written);
    const lang = this.scan.context.lang;
    const vetoed =
      r.vetoed ??
      (listed
        ? vetoNote('allow-list', lang)
        : owner === 'organisation'
          ? vetoNote('organisation', lang)
          : undefined);
    const target: Target = owner === 'organisation' ? 'school' : owner;
    this.hits.push({
      kind: r.kind,
      rule: r.rule,
      start: r.start,
      end: r.end,
      target,
      ...(vetoed ? { vetoed } : {}),
    });
    this.scan.claim(r.start, r.end);
  }

  /**
   * Combining marks and invisible characters after the last character belong to it
   * (`8̷`): the evidence, and a masked excerpt, must not leave them dangling.
   */
  private withTrailingMarks(end: number): number {
    const s = this.scan.original;
    let e = end;
    while (e < s.length && e - end < MAX_TRAILING && TRAILING.test(s[e] as string)) e++;
    return e;
  }
}

/**
 * Kinds whose numbers are also used for orders, tickets and parcels: right after such a
 * label (`bestelnummer`, `ticketnummer`, `track & trace`) the number is not personal data.
 */
const LABELLED_KINDS: ReadonlySet<PersonalDataKind> = new Set(['phone', 'bsn', 'credit_card', 'postcode']);
const LABEL_GAP = 30;
const TRAILING = /[\p{M}\u200b-\u200d\u2060\ufeff]/u;
const MAX_TRAILING = 32;

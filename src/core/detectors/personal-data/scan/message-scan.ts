import type { NormalisedText } from '../../../text/normalised-text.js';
import type { DetectContext } from '../../detector.js';
import type { PostcodeMatch } from '../address/postcodes.js';
import type { ContextUse, PdLexicons, PdTerm, WordRole } from '../pd-lexicons.js';
import { findNumberRuns, type NumberRun } from './number-runs.js';
import { type Token, tokenise } from './tokens.js';

/** A lexicon term found in the message; `start`/`end` are ORIGINAL offsets, `vStart`/`vEnd` offsets in `text.value`. */
export interface TermHit {
  readonly term: PdTerm;
  readonly start: number;
  readonly end: number;
  readonly vStart: number;
  readonly vEnd: number;
}

const NO_ROLES: ReadonlySet<WordRole> = new Set();
const HAS_DIGIT = /[0-9]/;

/**
 * What every personal-data recogniser of one message shares, computed once: the
 * lexicon hits (one linear pass), the number runs and the words (only when someone
 * asks), and the spans
 * already claimed by an earlier recogniser, so that one IBAN is not also reported as a
 * phone number. Offsets that recognisers exchange are ORIGINAL offsets.
 */
export class MessageScan {
  readonly plain: string;
  readonly hasDigit: boolean;
  readonly health: readonly TermHit[];
  readonly streets: readonly TermHit[];
  private readonly contextHits = new Map<ContextUse, TermHit[]>();
  private tokenCache: Token[] | undefined;
  private runCache: NumberRun[] | undefined;
  private claimed: Uint8Array | undefined;
  /** `postcodesOf`'s answer, kept on the scan (a field, not a WeakMap keyed by the scan: cheaper per message). */
  postcodeCache: PostcodeMatch[] | undefined;

  constructor(
    readonly text: NormalisedText,
    readonly context: DetectContext,
    readonly lex: PdLexicons,
  ) {
    this.plain = text.plain.value;
    this.hasDigit = HAS_DIGIT.test(this.plain);
    const health: TermHit[] = [];
    const streets: TermHit[] = [];
    // Context words and streets only matter next to a number; without digits, only a
    // health term can make personal data, and one literal RegExp rules most messages out.
    const worthMatching = this.hasDigit || lex.healthPrefilter.test(text.value);
    for (const m of worthMatching ? lex.matcher.findAll(text.value) : []) {
      const hit = {
        term: m.entry,
        start: text.toOriginal(m.start),
        end: text.toOriginalEnd(m.end),
        vStart: m.start,
        vEnd: m.end,
      };
      if (m.entry.source === 'health') health.push(hit);
      else if (m.entry.source === 'street') streets.push(hit);
      else this.addContext(hit);
    }
    for (const list of this.contextHits.values()) list.sort((a, b) => a.start - b.start);
    this.health = health;
    this.streets = streets;
  }

  get original(): string {
    return this.text.original;
  }

  /** The number runs of `text.plain`, found on first use (none without a digit). */
  runs(): readonly NumberRun[] {
    this.runCache ??= this.hasDigit ? findNumberRuns(this.plain) : [];
    return this.runCache;
  }

  /** Words of `text.value`, tokenised on first use. */
  tokens(): readonly Token[] {
    this.tokenCache ??= tokenise(this.text.value);
    return this.tokenCache;
  }

  roles(word: string): ReadonlySet<WordRole> {
    return this.lex.roles.get(word) ?? NO_ROLES;
  }

  /** Original span of a token. */
  spanOf(t: Token): { start: number; end: number } {
    return { start: this.text.toOriginal(t.start), end: this.text.toOriginalEnd(t.end) };
  }

  /** Original span of a stretch of `text.plain`. */
  plainSpan(start: number, end: number): { start: number; end: number } {
    return { start: this.text.plain.toOriginal(start), end: this.text.plain.toOriginalEnd(end) };
  }

  /**
   * The nearest context word of `use` ending at most `maxGap` characters before `pos`, in
   * the same sentence (or, with `acrossQuestion`, in a question right before: `Waar woont
   * ze? Kerklaan 5`).
   */
  contextBefore(use: ContextUse, pos: number, maxGap: number, acrossQuestion = false): TermHit | undefined {
    const list = this.contextHits.get(use);
    if (!list) return undefined;
    let i = lastStartingBefore(list, pos);
    for (let steps = 0; i >= 0 && steps < 4; i--, steps++) {
      const h = list[i] as TermHit;
      if (h.end > pos) continue;
      if (pos - h.end > maxGap) return undefined;
      return this.sameSentence(h.end, pos, acrossQuestion) ? h : undefined;
    }
    return undefined;
  }

  /** The first context word of `use` starting at most `maxGap` characters after `pos`, in the same sentence. */
  contextAfter(use: ContextUse, pos: number, maxGap: number): TermHit | undefined {
    const list = this.contextHits.get(use);
    if (!list) return undefined;
    const h = list[lastStartingBefore(list, pos) + 1];
    if (!h || h.start - pos > maxGap) return undefined;
    return this.sameSentence(pos, h.start) ? h : undefined;
  }

  /** Every context word of `use`, in text order. */
  contextHitsOf(use: ContextUse): readonly TermHit[] {
    return this.contextHits.get(use) ?? [];
  }

  /** The `text.plain` index of the first character at or after original offset `orig` (binary search). */
  plainIndexAt(orig: number): number {
    let lo = 0;
    let hi = this.plain.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.text.plain.toOriginal(mid) < orig) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether `[start, end)` of the original overlaps what an earlier recogniser reported. */
  isClaimed(start: number, end: number): boolean {
    if (!this.claimed) return false;
    for (let i = start; i < end; i++) if (this.claimed[i]) return true;
    return false;
  }

  claim(start: number, end: number): void {
    this.claimed ??= new Uint8Array(this.original.length);
    this.claimed.fill(1, start, end);
  }

  /**
   * No sentence end between two original offsets. A dot ends a sentence only when a
   * capital follows (`jarig. Schoolreis`), so abbreviations (`geb. 12-03-2015`) and
   * dotted numbers do not.
   */
  sameSentence(from: number, to: number, acrossQuestion = false): boolean {
    const s = this.original;
    for (let i = from; i < to; i++) {
      const c = s[i];
      if (c === '!' || c === '\n' || (c === '?' && !acrossQuestion)) return false;
      if (c !== '.') continue;
      let j = i + 1;
      while (j < to && s[j] === ' ') j++;
      const next = s[j] ?? '';
      if (j > i + 1 && next !== next.toLowerCase()) return false;
    }
    return true;
  }

  private addContext(hit: TermHit): void {
    const use = hit.term.attrs.use as ContextUse;
    const list = this.contextHits.get(use);
    if (list) list.push(hit);
    else this.contextHits.set(use, [hit]);
  }
}

function lastStartingBefore(list: readonly TermHit[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as TermHit).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

import type { Category, Language, PersonalDataKind, Severity, Target } from './categories.js';

/**
 * How a context rule changed a raw hit: the trail `klaswacht explain` prints, and the
 * reason a teacher can read in an alert ("why did the bot flag this?").
 */
export interface ContextNote {
  /** Stable id of the context rule, e.g. `negation`, `figurative-idiom`, `second-person`. */
  readonly rule: string;
  readonly effect: 'raised' | 'lowered' | 'vetoed' | 'noted';
  readonly why: string;
}

/**
 * One thing a detector found, with its evidence span in the ORIGINAL text
 * (UTF-16 indices, `end` exclusive). This is the unit of CONTRACT.md's `flags`.
 */
export interface Finding {
  readonly category: Category;
  readonly severity: Severity;
  readonly start: number;
  readonly end: number;
  /** Present for `personal_data`. */
  readonly kind?: PersonalDataKind;
  /** What fired, e.g. `nl-mobile`, `lexicon:insult-2p` (free text, stable enough to grep). */
  readonly rule: string;
  readonly target?: Target;
  /** One plain sentence a teacher could read. */
  readonly why: string;
  /** Context rules that raised or lowered it. */
  readonly context?: readonly ContextNote[];
  /** Set when a context rule vetoed the hit: it is kept only for `explain`. */
  readonly vetoed?: ContextNote;
}

/** Everything the core concluded about one message. */
export interface Verdict {
  readonly lang: Language;
  /** Findings that stand, sorted by start. */
  readonly findings: readonly Finding[];
  /** The most severe standing finding. */
  readonly worst?: Finding;
  /** Hits that a context rule vetoed; never acted on, shown by `explain`. */
  readonly suppressed: readonly Finding[];
}

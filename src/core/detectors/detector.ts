import type { Category, Language } from '../categories.js';
import type { Finding } from '../finding.js';
import type { Role } from '../message.js';
import type { NormalisedText } from '../text/normalised-text.js';

/**
 * What a detector may know about a message beyond its text. Everything is optional to
 * the caller (`klaswacht check` knows only the text); the registry fills defaults.
 */
export interface DetectContext {
  readonly lang: Language;
  /** Digits-only phone numbers and lower-cased e-mail/addresses the group publishes itself (school's number). */
  readonly allowList: readonly string[];
  /** Display names of the group's members, lower-cased: a name in the text points at a person. */
  readonly memberNames: readonly string[];
  /** Names by which the group's teacher(s) are known (`juf Anna`, `meester Tom`), lower-cased. */
  readonly teacherNames: readonly string[];
  readonly mentions: readonly string[];
  /** The message replies to another member's message: second person likely means that member. */
  readonly isReply: boolean;
  readonly authorRole: Role;
  readonly groupType?: 'parents' | 'pupils' | 'staff';
}

/**
 * The plug-in seam for moderation: one detector per concern, pure and synchronous.
 * Detectors receive the message normalised once, return findings with spans in the
 * original text, and may return vetoed findings (with `vetoed` set) so `explain` can
 * say why something that looked bad was left alone.
 */
export interface Detector {
  readonly id: string;
  readonly categories: readonly Category[];
  detect(text: NormalisedText, context: DetectContext): Finding[];
}

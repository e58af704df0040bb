import type { Category, PersonalDataKind, Severity, Target } from '../categories.js';
import type { ReminderTopic } from './policy-input.js';

/** Where in the original text the evidence is (UTF-16 indices, `end` exclusive). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** How strikes changed a severity: the alert and `explain` say so. */
export interface Raise {
  readonly from: Severity;
  readonly steps: number;
  /** Earlier breaches that counted, and their decayed weight. */
  readonly count: number;
  readonly weight: number;
}

/**
 * An incident the policy wants recorded: one per category per message (the store's
 * key), recorded BEFORE any action, so a crash after recording loses nothing.
 */
export interface PlannedIncident {
  readonly category: Category;
  readonly severity: Severity;
  readonly rule: string;
  readonly kind?: PersonalDataKind;
  readonly target?: Target;
  /** One plain sentence for the teacher (the finding's own, or the event's). */
  readonly why: string;
  readonly clause: string;
  /** Evidence spans; empty for an event about the conversation (derailing). */
  readonly spans: readonly Span[];
  /** False for events about the conversation rather than the poster (derailing). */
  readonly withAuthor: boolean;
  readonly raised?: Raise;
  /**
   * For events the bot raises itself (no detector sentence): the facts the pipeline
   * renders into `why` in the group's language, e.g. `{ messages: 3, people: 2, minutes: 10 }`.
   */
  readonly facts?: Readonly<Record<string, string | number>>;
}

/** Extra lines an alert carries, each for a reason the policy can name. */
export const ALERT_NOTES = [
  /** The bot could not delete (no right, or too old): please delete it yourself. */
  'ask_delete',
  /** Sancties 6: a police report (aangifte) is possible. */
  'police_report_possible',
  /** Sancties 3: report by phone to the Landelijke Vertrouwensinspecteur. */
  'report_duty_inspector',
  /** Severity was raised by earlier breaches (A7). */
  'raised_by_strikes',
  /** Routed to the supervisor because it is about the teacher. */
  'about_teacher',
  /** Routed to the supervisor because the teacher wrote it (Sancties 1-2). */
  'by_teacher',
  /** It should have gone to the supervisor too, but none is linked yet (`supervisor`). */
  'no_supervisor_linked',
  /** The supervisor got it too (critical, B3). */
  'supervisor_informed',
] as const;
export type AlertNote = (typeof ALERT_NOTES)[number];

/**
 * The policy's abstract actions (ARCHITECTURE's Action): no text, no platform. Dispatch
 * renders them from templates in the group's language and performs them with the
 * platform's capabilities. Actions about an incident name it by category (one incident
 * per category per message). Every action says why.
 */
export type PolicyAction =
  | { readonly kind: 'delete'; readonly incident: Category; readonly why: string }
  | { readonly kind: 'remind_group'; readonly topic: ReminderTopic; readonly why: string }
  | {
      readonly kind: 'remind_member';
      readonly topic: ReminderTopic;
      readonly incident: Category;
      /** The note explains a deletion. */
      readonly deleted: boolean;
      readonly why: string;
    }
  | {
      readonly kind: 'alert_teacher';
      readonly incident: Category;
      readonly urgent: boolean;
      readonly notes: readonly AlertNote[];
      readonly why: string;
    }
  | {
      readonly kind: 'alert_supervisor';
      readonly incident: Category;
      readonly urgent: boolean;
      readonly notes: readonly AlertNote[];
      readonly why: string;
    }
  | { readonly kind: 'offer_support'; readonly incident: Category; readonly why: string }
  | { readonly kind: 'mute'; readonly incident: Category; readonly until: Date; readonly why: string };

export type PolicyActionKind = PolicyAction['kind'];

/** What to do about one message, and why: `why` is what `explain` prints and tests read. */
export interface Decision {
  readonly incidents: readonly PlannedIncident[];
  readonly actions: readonly PolicyAction[];
  readonly why: readonly string[];
}

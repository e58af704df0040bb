import type { Candidate } from './candidate.js';
import type { ListName } from './lists.js';
import type { Hit, MessageScan } from './message-scan.js';
import { asTarget, type TargetCall } from './target.js';

/** Hits of `list` (optionally only these kinds). */
export function cuesOf(scan: MessageScan, list: ListName, kinds?: readonly string[]): Hit[] {
  const all = scan.list(list);
  return kinds ? all.filter((h) => kinds.includes(h.entry.attrs.kind ?? '')) : [...all];
}

export function hasCue(scan: MessageScan, list: ListName, kinds?: readonly string[]): boolean {
  return cuesOf(scan, list, kinds).length > 0;
}

/** The words of a hit as written after normalisation, for `why`. */
export function words(scan: MessageScan, h: { start: number; end: number }): string {
  return scan.value.slice(h.start, h.end);
}

export interface TargetPolicy {
  /** With no target cue in reach, the words are said to someone (`loser 😂`, `kys`). */
  readonly addressedByDefault: boolean;
  /** Targets the category does not concern (bullying is about people, not the school). */
  readonly notFor?: readonly string[];
  /** Aimed at a protected group as a whole, it is the hate detector's finding (bullying). */
  readonly identityIsHate?: boolean;
  /** `mijn zoon is soms zo dom`: a parent about their own child is not bullying them. */
  readonly ownFamilyIsSelf?: boolean;
}

/**
 * Apply the target model to a candidate: a thing or the writer themselves ends it
 * (`object-target`, `self-target`), a person, group, teacher or school becomes its
 * `target` with a note naming the cue (`second-person`, `named-person`, ...).
 */
export function settleTarget(c: Candidate, scan: MessageScan, call: TargetCall, policy: TargetPolicy): void {
  if (call.kind === 'object') {
    const tok = scan.token(call.at);
    c.veto('object-target', `aimed at a thing, not a person ("${tok?.text ?? ''}")`);
    return;
  }
  if (call.kind === 'self') {
    c.veto('self-target', 'the writer about themselves');
    return;
  }
  if (call.kind === 'none') {
    if (policy.addressedByDefault) {
      c.target = 'person';
      c.note('addressed', 'said to someone: no other target in the message');
    } else {
      c.veto('no-target', 'no person, group or school in reach');
    }
    return;
  }
  if (call.own && policy.ownFamilyIsSelf) {
    c.veto('own-family', 'the writer about their own child or family');
    return;
  }
  if (call.note?.rule === 'identity-group' && policy.identityIsHate) {
    c.veto('identity-group', 'about a protected group: hate, not bullying');
    return;
  }
  if (policy.notFor?.includes(call.kind)) {
    c.veto(`${call.kind}-target`, `about the ${call.kind}, not a person`);
    return;
  }
  c.target = asTarget(call.kind);
  if (call.note) c.note(call.note.rule, call.note.why);
}

/** A subject pronoun right before an imperative (`ik ga dood`, `we gaan dood`) makes it a statement. */
export function subjectBefore(scan: MessageScan, h: Hit): boolean {
  for (const p of scan.list('persons')) {
    if (p.last === h.first - 1 || (p.last < h.first && h.first - p.last <= 1)) {
      const role = p.entry.attrs.role;
      if (role === '1p' || role === '1p-plural' || role === '3p' || role === '3p-plural' || role === '2p') {
        // `jij gaat dood` is a threat, not an imperative; `ik ga dood` is a figure of speech.
        return true;
      }
    }
  }
  return false;
}

import type { Target } from '../../categories.js';
import type { MessageScan } from './scan/message-scan.js';
import { isName, isTeacherName } from './scan/names.js';
import { possessiveAt } from './scan/possessive.js';
import type { Token } from './scan/tokens.js';

/** Whose data it is: a target of the contract, or an organisation (then it is not personal data). */
export type Owner = Target | 'organisation';

const WINDOW = 10;
const AFTER = 3;

/** Index of the last token that ends at or before original offset `pos` (-1 when none). */
export function lastTokenBefore(scan: MessageScan, tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (scan.text.toOriginalEnd((tokens[mid] as Token).end) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Whose data starts at original offset `pos`: the nearest word before it in the same
 * sentence that says so wins. `mijn nummer is ...`, `bel me op ...`, `ons adres` mean the
 * writer's own (`self`); a name, `zijn`, `haar`, `de vader van ...` someone else
 * (`person`); `juf`, `meester` a teacher; `school`, `ouderraad`, `busmaatschappij` an
 * organisation. A contact verb with nobody named (`mail de foto's naar ...`, `overmaken
 * naar ...`) means the writer's own. Without any such word the recogniser's `fallback`
 * holds: someone else's (`person`), the safer reading, unless it knows better.
 */
export function ownerBefore(scan: MessageScan, pos: number, fallback: Owner = 'person'): Owner {
  const tokens = scan.tokens();
  const last = lastTokenBefore(scan, tokens, pos);
  let contactVerb = false;
  for (let m = last; m >= 0 && last - m < WINDOW; m--) {
    const who = ownerSaidBy(scan, tokens, m);
    if (who === 'contact') contactVerb = true;
    else if (who) return who;
    if ((tokens[m] as Token).breakBefore) break;
  }
  return contactVerb ? 'self' : fallback;
}

/** `NL.. t.n.v. Stichting Ouderraad`: an organisation named as the holder right after the data. */
export function organisationNamedAfter(scan: MessageScan, end: number): boolean {
  const tokens = scan.tokens();
  const first = lastTokenBefore(scan, tokens, end) + 1;
  for (let m = first; m < tokens.length && m - first < AFTER; m++) {
    if (!scan.roles((tokens[m] as Token).word).has('in-name-of')) continue;
    for (let k = m + 1; k < tokens.length && k - m <= AFTER; k++) {
      if (scan.roles((tokens[k] as Token).word).has('organisation')) return true;
    }
  }
  return false;
}

function ownerSaidBy(scan: MessageScan, tokens: readonly Token[], m: number): Owner | 'contact' | undefined {
  const t = tokens[m] as Token;
  const roles = scan.roles(t.word);
  const possessive = possessiveAt(scan, tokens, m, false);
  if (possessive) return possessive === 'self' ? 'self' : 'person';
  if (roles.has('self') || roles.has('self-object') || roles.has('self-plural')) return 'self';
  if (roles.has('organisation')) return 'organisation';
  if (roles.has('contact-verb')) {
    const prev = tokens[m - 1];
    const prevRoles = prev ? scan.roles(prev.word) : undefined;
    const usedAsNoun = prevRoles && (prevRoles.has('det') || prevRoles.has('det-other'));
    return usedAsNoun ? undefined : 'contact';
  }
  if (roles.has('noun-teacher') || roles.has('title-teacher')) return 'teacher';
  if (roles.has('pronoun')) return 'person';
  if (roles.has('noun') || roles.has('noun-plural') || roles.has('title')) return 'person';
  if (isName(scan, t)) return isTeacherName(scan, tokens, m) ? 'teacher' : 'person';
  return undefined;
}

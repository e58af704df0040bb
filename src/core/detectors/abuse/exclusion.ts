import { Candidate } from './candidate.js';
import type { Hit, MessageScan } from './message-scan.js';
import { settleTarget, words } from './signals.js';
import { type TargetCall, targetOf } from './target.js';

/** Lines ending in a preposition name the one excluded right after (`niet naast ... zitten`, `don't play with Tom`). */
const PREPOSITION = /\s(?:met|naast|bij|with|to|next to)$/;

const DETERMINER = new Set(['die', 'dat', 'de', 'that', 'the', 'this', 'deze']);

/**
 * Exclusion (`negeer haar`, `doe alsof Jesse niet bestaat`, `don't play with Tom`) is
 * bullying of the one excluded: the person in a gapped line's gap, the person right
 * after a line that ends in a preposition (`don't play with matches` excludes no one),
 * else the nearest person. Asking the teacher whether to is not calling on others.
 */
export function exclusionCandidate(
  scan: MessageScan,
  h: Hit,
  notFor: readonly string[],
): Candidate | undefined {
  const c = new Candidate('bullying', 'medium', h, 'bullying:exclusion', `exclusion ("${words(scan, h)}")`);
  if (h.entry.attrs.kind === 'call' && questionAt(scan, h)) {
    c.veto('question', 'asks someone (the teacher) whether to, rather than calling on others');
    return c;
  }
  const call = excluded(scan, h);
  if (!call) return undefined;
  settleTarget(c, scan, call, { addressedByDefault: false, notFor, identityIsHate: true });
  return c;
}

function excluded(scan: MessageScan, h: Hit): TargetCall | undefined {
  if (h.entry.term.includes(' ... ')) {
    const inGap = targetOf(scan, h, { maxDistance: 0 });
    if (inGap.kind !== 'none') return inGap;
  }
  if (PREPOSITION.test(h.entry.term)) {
    const next = targetOf(scan, h, { maxDistance: 2.5 });
    const det = DETERMINER.has(scan.token(h.last + 1)?.text ?? '');
    return next.at === h.last + 1 || (det && next.at === h.last + 2) ? next : undefined;
  }
  return targetOf(scan, h, { maxDistance: 10 });
}

/** The sentence of the hit ends in a question mark. */
export function questionAt(scan: MessageScan, h: Hit): boolean {
  const sentence = scan.sentenceOf(h);
  const last = scan.tokenList.findLast((t) => t.sentence === sentence);
  if (!last) return false;
  return /^\s*\?/.test(scan.value.slice(last.end, last.end + 4));
}

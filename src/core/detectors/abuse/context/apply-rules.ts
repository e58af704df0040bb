import { severityRank } from '../../../categories.js';
import type { Candidate } from '../candidate.js';
import type { ListName } from '../lists.js';
import type { Hit, MessageScan } from '../message-scan.js';
import type { ContextRule, CueSpec } from './rule-schema.js';

/** Whether a hit is a cue of `spec` (its list, and one of its kinds if given). */
export function isCue(h: Hit, spec: CueSpec): boolean {
  if (h.entry.list !== spec.list) return false;
  return !spec.kinds || spec.kinds.includes(h.entry.attrs.kind ?? '');
}

/**
 * A cue inside a longer `frame` line of the same list does not count on its own: `niet`
 * in `doe niet zo` or `snap niet waarom` is not a negation of what follows.
 */
function framed(scan: MessageScan, h: Hit): boolean {
  for (const f of scan.list(h.entry.list)) {
    if (f !== h && f.entry.attrs.kind === 'frame' && f.start <= h.start && f.end >= h.end) return true;
  }
  return false;
}

/** The first cue of `specs` within the rule's window of `anchor`, if any. */
export function findCue(
  scan: MessageScan,
  anchor: Hit,
  specs: readonly CueSpec[],
  rule: ContextRule,
): Hit | undefined {
  for (const spec of specs) {
    for (const h of scan.list(spec.list as ListName)) {
      if (!isCue(h, spec) || h.entry.attrs.kind === 'frame') continue;
      if (scan.within(h, anchor, rule.window) && !framed(scan, h) && !barred(scan, h, anchor, rule)) return h;
    }
  }
  return undefined;
}

/** A barrier word between a cue before the hit and the hit, or a condition word before the cue. */
function barred(scan: MessageScan, cue: Hit, anchor: Hit, rule: ContextRule): boolean {
  if (cue.last >= anchor.first) return false;
  for (let i = cue.last + 1; rule.barrier && i < anchor.first; i++) {
    if (rule.barrier.includes(scan.token(i)?.text ?? '')) return true;
  }
  const clause = scan.token(cue.first)?.clause;
  for (let i = cue.first - 1; rule.conditions && i >= 0; i--) {
    const t = scan.token(i);
    if (!t || t.clause !== clause) break;
    if (rule.conditions.includes(t.text)) return true;
  }
  return false;
}

function anywhere(scan: MessageScan, specs: readonly CueSpec[]): boolean {
  return specs.some((s) => scan.list(s.list as ListName).some((h) => isCue(h, s)));
}

/**
 * Run the data rules over one candidate in order; the first veto ends it. Each rule
 * that fires leaves a note naming its id and the cue that triggered it, which is what
 * `klaswacht explain` prints.
 */
export function applyRules(c: Candidate, scan: MessageScan, rules: readonly ContextRule[]): void {
  for (const r of rules) {
    if (c.isVetoed) return;
    if (!r.categories.includes(c.category)) continue;
    if (r.hits && !r.hits.some((s) => isCue(c.anchor, s))) continue;
    if (r.upTo && severityRank(c.severity) > severityRank(r.upTo)) continue;
    const cue = findCue(scan, c.anchor, r.cues, r);
    if (!cue) continue;
    if (r.unless && anywhere(scan, r.unless)) continue;
    const why = `${r.why} ("${scan.value.slice(cue.start, cue.end)}")`;
    if (r.effect === 'vetoed') c.veto(r.id, why);
    else if (r.effect === 'lowered') c.lower(r.id, why, r.to);
    else if (r.effect === 'raised') c.raise(r.id, why, r.to);
    else c.note(r.id, why);
  }
}

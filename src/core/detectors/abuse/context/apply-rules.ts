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

/**
 * The first cue of `specs` within the rule's window of `anchor`, if any. With a `bridge`,
 * the rule looks after the hit instead: `anchor` is then what the finding covers (the
 * derogation and the group it names: `ik haat vrouwen` in `ik haat vrouwen niet`).
 */
export function findCue(
  scan: MessageScan,
  anchor: Hit,
  specs: readonly CueSpec[],
  rule: ContextRule,
): Hit | undefined {
  for (const spec of specs) {
    for (const h of scan.list(spec.list as ListName)) {
      if (!isCue(h, spec) || h.entry.attrs.kind === 'frame') continue;
      if (!scan.within(h, anchor, rule.window)) continue;
      if (rule.bridge) {
        if (trailing(scan, h, anchor, rule)) return h;
      } else if (!framed(scan, h) && !barred(scan, h, anchor, rule)) return h;
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
  return conditional(scan, cue, rule);
}

/** A condition (or question) word before the cue in its clause: the cue belongs to it. */
function conditional(scan: MessageScan, cue: Hit, rule: ContextRule): boolean {
  const clause = scan.token(cue.first)?.clause;
  for (let i = cue.first - 1; rule.conditions && i >= 0; i--) {
    const t = scan.token(i);
    if (!t || t.clause !== clause) break;
    if (rule.conditions.includes(t.text)) return true;
  }
  return false;
}

/**
 * A cue after the hit negates it when only bridge words stand between them (`ik sla je
 * echt niet`, `ik haat die mensen niet`) and only tail words follow it in its clause
 * (`ik scheld je niet uit`, `ik sla je nooit meer hoor`). Frames do not apply here: the
 * tail decides (`niet normaal` has a word that is no tail).
 */
function trailing(scan: MessageScan, cue: Hit, covered: Hit, rule: ContextRule): boolean {
  if (cue.first <= covered.last || conditional(scan, cue, rule)) return false;
  const bridge = rule.bridge ?? [];
  let free = false;
  for (let i = covered.last + 1; i < cue.first; i++) {
    const t = scan.token(i);
    if (!t) return false;
    const word = bridge.includes(t.text);
    if (!word && !free && !scan.capitalised(i)) return false;
    free = word && DETERMINERS.has(t.text);
  }
  const clause = scan.token(cue.last)?.clause;
  const tail = rule.tail ?? [];
  for (let i = cue.last + 1; ; i++) {
    const t = scan.token(i);
    if (!t || t.clause !== clause) return true;
    if (!t.symbol && !tail.includes(t.text)) return false;
  }
}

/** Bridge words after which one free word (the noun) may follow: `ik sla die jongen niet`. */
const DETERMINERS = new Set([
  'die',
  'de',
  'het',
  'deze',
  'dat',
  'een',
  'je',
  'jouw',
  'mijn',
  'zijn',
  'haar',
  'hun',
  'onze',
]);

/** The token range a candidate covers (its anchor widened to its span). */
function covered(scan: MessageScan, c: Candidate): Hit {
  let last = c.anchor.last;
  const at = scan.tokens.at[c.end - 1];
  if (at !== undefined && at > last) last = at;
  return last === c.anchor.last ? c.anchor : { ...c.anchor, last, end: c.end };
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
    const cue = findCue(scan, r.bridge ? covered(scan, c) : c.anchor, r.cues, r);
    if (!cue) continue;
    if (r.unless && anywhere(scan, r.unless)) continue;
    const why = `${r.why} ("${scan.value.slice(cue.start, cue.end)}")`;
    if (r.effect === 'vetoed') c.veto(r.id, why);
    else if (r.effect === 'lowered') c.lower(r.id, why, r.to);
    else if (r.effect === 'raised') c.raise(r.id, why, r.to);
    else c.note(r.id, why);
  }
}

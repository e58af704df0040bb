import type { Recogniser } from '../hit-sink.js';
import type { MessageScan, TermHit } from '../scan/message-scan.js';
import { type Token, tokenAt } from '../scan/tokens.js';
import { vetoNote } from '../veto-notes.js';
import { type ConditionAt, findStatement } from './health-patterns.js';

/** Condition mentions looked at per message; a hostile message repeating `ADHD` stays linear. */
const MAX_CONDITIONS = 100;
const CLAUSE_LOOKBACK = 40;
const QUESTION_LOOKAHEAD = 200;

/**
 * Health data (AVG art. 9, special category) about a person: a condition from the
 * `pd-health-conditions` lexicon tied by the sentence to someone (`Tim heeft ADHD`, `haar
 * zoon is autistisch`, `mijn dochter heeft diabetes`, `Lisa has epilepsy`).
 *
 * Decisions:
 * - General talk is not personal data and stays silent: `ADHD is een onderwerp op de
 *   ouderavond`, `kinderen met autisme`, `als je kind diabetes heeft`, `iemand ervaring met
 *   dyslexie?`.
 * - The writer's own condition (`ik heb zelf ook ADHD`) is flagged, `target: self` and
 *   `medium` (the protocol asks for no personal data in the group, and a private reminder
 *   protects the writer), except for words often said loosely about oneself (`ik ben zo
 *   depressief van dit weer`; `loose=yes` in the lexicon).
 * - A parent about their own child (`mijn zoon heeft ADHD`) is about the child:
 *   `target: person`, `high`. About a teacher (`juf Marloes is zwanger`): `target: teacher`.
 * - A denial (`Tim heeft geen ADHD`) is kept as a vetoed finding for `explain`.
 * - A question to the person addressed (`heeft jouw zoon ook ADHD?`) asks, it does not
 *   disclose: silent. So is a condition pinned on the addressee (`ben je autistisch ofzo`):
 *   that is taunting, for the bullying detector, not a disclosure.
 * Rules: `health-subject-verb`, `health-verb-final`, `health-possessive`, `health-clause`.
 */
export const healthRecogniser: Recogniser = ({ scan }, sink) => {
  if (scan.health.length === 0) return;
  const tokens = scan.tokens();
  for (const hit of scan.health.slice(0, MAX_CONDITIONS)) {
    if (sink.full) return;
    const at = conditionAt(scan, tokens, hit);
    if (!at || !writtenAsListed(scan, hit)) continue;
    const statement = findStatement(scan, tokens, at);
    if (!statement) continue;
    const { subject } = statement;
    if (subject.who === 'self' && hit.term.attrs.loose === 'yes') continue;
    if (
      subject.second &&
      (isPronoun(scan, tokens, subject.first) || isQuestion(scan.text.value, (tokens[at.ce] as Token).end))
    ) {
      continue;
    }
    const first = tokens[statement.first] as Token;
    const last = tokens[statement.last] as Token;
    const start = Math.min(scan.text.toOriginal(first.start), hit.start);
    const end = Math.max(scan.text.toOriginalEnd(last.end), hit.end);
    sink.report({
      kind: 'health',
      rule: statement.rule,
      start,
      end,
      owner: subject.who,
      ...(statement.negated ? { vetoed: vetoNote('negation', scan.context.lang) } : {}),
    });
  }
};

function conditionAt(scan: MessageScan, tokens: readonly Token[], hit: TermHit): ConditionAt | undefined {
  const v = scan.text.value;
  if (v[hit.vEnd] === '-' && /[a-z]/.test(v[hit.vEnd + 1] ?? '')) return undefined; // `ADHD-coach`: a topic
  const cs = tokenAt(tokens, hit.vStart);
  let ce = cs;
  while (ce + 1 < tokens.length && (tokens[ce + 1] as Token).start < hit.vEnd) ce++;
  if (cs >= tokens.length) return undefined;
  let clauseStart = cs;
  while (
    clauseStart > 0 &&
    cs - clauseStart < CLAUSE_LOOKBACK &&
    !(tokens[clauseStart] as Token).breakBefore
  ) {
    clauseStart--;
  }
  for (let k = clauseStart; k < cs; k++) {
    if (scan.roles((tokens[k] as Token).word).has('conditional')) return undefined; // `als je kind diabetes heeft`
  }
  return { cs, ce, clauseStart, clauseReach: hit.term.attrs.reach === 'clause' };
}

/** `caps=yes` terms (`ADD`, `MS`) count only in capitals, where they cannot be the ordinary word. */
function writtenAsListed(scan: MessageScan, hit: TermHit): boolean {
  if (hit.term.attrs.caps !== 'yes') return true;
  const written = scan.original.slice(hit.start, hit.end);
  return written === written.toUpperCase() && written !== written.toLowerCase();
}

/** `jij hebt ADHD`, `ben je autistisch`: said to someone's face it is taunting, not disclosing (left to the bullying detector). */
function isPronoun(scan: MessageScan, tokens: readonly Token[], m: number): boolean {
  return scan.roles((tokens[m] as Token).word).has('pronoun');
}

function isQuestion(value: string, from: number): boolean {
  for (let i = from; i < value.length && i - from < QUESTION_LOOKAHEAD; i++) {
    const c = value[i];
    if (c === '?') return true;
    if (c === '.' || c === '!' || c === '\n') return false;
  }
  return false;
}

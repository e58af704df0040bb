import type { MessageScan } from '../scan/message-scan.js';
import { isName } from '../scan/names.js';
import { possessiveAt } from '../scan/possessive.js';
import type { Token } from '../scan/tokens.js';
import { type Subject, SubjectResolver } from './subject.js';

/** A condition tied to a person; tokens `first..last` are the evidence. */
export interface HealthStatement {
  readonly subject: Subject;
  readonly first: number;
  readonly last: number;
  readonly negated: boolean;
  readonly rule: string;
}

/** Where a condition stands in the words of the message. */
export interface ConditionAt {
  /** First and last token of the condition. */
  readonly cs: number;
  readonly ce: number;
  /** First token of its clause. */
  readonly clauseStart: number;
  /** A place or treatment (`ziekenhuis`, `chemo`): the clause's subject is enough. */
  readonly clauseReach: boolean;
}

const LINK_WINDOW = 6;
const SUBJECT_STEPS = 4;
const CLAUSE_SUBJECT_WINDOW = 12;

/**
 * The sentence shapes that tie a condition to a person, tried in order:
 * - subject, link, condition: `Tim heeft ADHD`, `mijn dochter is allergisch`, `Lisa has
 *   epilepsy`, with fillers and one describing word between (`has a severe peanut
 *   allergy`); also inverted: `heeft Tim ADHD?`, `is hij autistisch`;
 * - verb last (Dutch subordinate clauses): `omdat Tim ADHD heeft`, `dat haar zoon autistisch is`;
 * - possessive: `vanwege zijn angsten`, `mijn ADHD`, `her asthma`;
 * - for places and treatments, the clause's subject: `Thijs moet naar het ziekenhuis`.
 */
export function findStatement(
  scan: MessageScan,
  tokens: readonly Token[],
  c: ConditionAt,
): HealthStatement | undefined {
  const resolver = new SubjectResolver(scan, tokens);
  return (
    subjectLinkCondition(scan, resolver, tokens, c) ??
    verbLast(resolver, tokens, c) ??
    possessive(scan, resolver, tokens, c) ??
    (c.clauseReach ? clauseSubject(resolver, c) : undefined)
  );
}

function subjectLinkCondition(
  scan: MessageScan,
  r: SubjectResolver,
  tokens: readonly Token[],
  c: ConditionAt,
): HealthStatement | undefined {
  for (let v = c.cs - 1; v >= Math.max(c.clauseStart, c.cs - LINK_WINDOW); v--) {
    if (!r.roles(v).has('link')) continue;
    let negated = false;
    let inner: Subject | undefined;
    let ok = true;
    for (let k = v + 1; k < c.cs && ok; k++) {
      const roles = r.roles(k);
      const found = r.at(k);
      if (found && found !== 'generic' && !inner) inner = found;
      else if (roles.has('negation')) negated = true;
      else if (k === c.cs - 1 && roles.size === 0 && !isName(scan, tokens[k] as Token))
        continue; // `a severe peanut allergy`
      else if (!['filler', 'det', 'det-generic', 'det-self', 'det-other'].some((x) => roles.has(x as never)))
        ok = false;
    }
    if (!ok) continue;
    if (inner)
      return {
        subject: inner,
        first: Math.min(v, inner.first),
        last: c.ce,
        negated,
        rule: 'health-subject-verb',
      };
    const left = r.left(v - 1, SUBJECT_STEPS, false);
    const coordinated = r.roles(v - 1).has('coordinator') ? r.opening(c.clauseStart, v - 1) : undefined;
    const s = left.subject ?? coordinated; // `Tim zit in groep 5 en heeft ADHD`
    if (!s) continue;
    const vocative = s.first === c.clauseStart && s.last === v - 1 && (tokens[v] as Token).commaBefore;
    if (vocative) continue;
    return {
      subject: s,
      first: s.first,
      last: c.ce,
      negated: negated || left.negated,
      rule: 'health-subject-verb',
    };
  }
  return undefined;
}

function verbLast(r: SubjectResolver, tokens: readonly Token[], c: ConditionAt): HealthStatement | undefined {
  let k = c.ce + 1;
  let negated = false;
  if (r.roles(k).has('negation') || r.roles(k).has('filler')) {
    negated = r.roles(k).has('negation');
    k++;
  }
  const verb = tokens[k];
  if (!verb || verb.breakBefore || verb.commaBefore || !r.roles(k).has('link')) return undefined;
  const left = r.left(c.cs - 1, SUBJECT_STEPS, true);
  if (!left.subject) return undefined;
  return {
    subject: left.subject,
    first: left.subject.first,
    last: k,
    negated: negated || left.negated,
    rule: 'health-verb-final',
  };
}

function possessive(
  scan: MessageScan,
  r: SubjectResolver,
  tokens: readonly Token[],
  c: ConditionAt,
): HealthStatement | undefined {
  let k = c.cs - 1;
  for (let skipped = 0; skipped < 2 && k > c.clauseStart && r.roles(k).has('filler'); skipped++) k--;
  const whose = k < c.clauseStart ? undefined : possessiveAt(scan, tokens, k, true);
  if (!whose || (tokens[k + 1] as Token).breakBefore) return undefined;
  return {
    subject: {
      who: whose === 'self' ? 'self' : 'person',
      first: k,
      last: k,
      second: r.roles(k).has('second-person'),
    },
    first: k,
    last: c.ce,
    negated: false,
    rule: 'health-possessive',
  };
}

/** `Thijs moet naar het ziekenhuis`; not `mijn moeder werkt in het ziekenhuis`. */
function clauseSubject(r: SubjectResolver, c: ConditionAt): HealthStatement | undefined {
  if (c.cs - c.clauseStart > CLAUSE_SUBJECT_WINDOW) return undefined;
  for (let m = c.clauseStart; m < c.cs; m++) if (r.roles(m).has('occupation')) return undefined;
  const found = r.opening(c.clauseStart, c.cs);
  return found
    ? { subject: found, first: found.first, last: c.ce, negated: false, rule: 'health-clause' }
    : undefined;
}

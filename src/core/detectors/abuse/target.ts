import type { Target } from '../../categories.js';
import type { ContextNote } from '../../finding.js';
import type { Hit, MessageScan } from './message-scan.js';
import { findNames } from './names.js';

/** Who or what a hit is about; `object` and `self` usually end a bullying or threat hit. */
export type TargetKind = Target | 'object' | 'none';

export interface TargetCall {
  readonly kind: TargetKind;
  /** The cue was an adult (a parent, a teacher): sexual content about adults is not child abuse. */
  readonly adult: boolean;
  /** Token index of the cue (-1 when none). */
  readonly at: number;
  readonly note?: ContextNote;
  /** `mijn zoon`, `our daughter`: the writer's own child or family member. */
  readonly own?: boolean;
}

interface Candidate {
  readonly at: number;
  readonly kind: TargetKind;
  readonly adult: boolean;
  readonly rule: string;
  readonly why: string;
  /** Tie-break and distance penalty: ambiguous cues (`hij`, `ik`) lose to explicit ones. */
  readonly penalty: number;
}

/** The reason given for a plural noun (`de kinderen`, `the kids`) as the target. */
export const GROUP_NOUN = 'about a group of people';

const ROLE: Readonly<Record<string, Omit<Candidate, 'at'> | undefined>> = {
  '2p': {
    kind: 'person',
    adult: false,
    rule: 'second-person',
    why: 'addressed to someone (second person)',
    penalty: 0,
  },
  '2p-plural': {
    kind: 'group',
    adult: false,
    rule: 'group-target',
    why: 'addressed to several people',
    penalty: 0,
  },
  person: { kind: 'person', adult: false, rule: 'described-person', why: 'about a person', penalty: 0 },
  adult: {
    kind: 'person',
    adult: true,
    rule: 'described-person',
    why: 'about an adult (a parent)',
    penalty: 0,
  },
  teacher: {
    kind: 'teacher',
    adult: true,
    rule: 'teacher-target',
    why: 'about a teacher or staff member',
    penalty: 0,
  },
  school: { kind: 'school', adult: true, rule: 'school-target', why: 'about the school', penalty: 0 },
  group: { kind: 'group', adult: false, rule: 'group-target', why: GROUP_NOUN, penalty: 1 },
  '3p': { kind: 'person', adult: false, rule: 'third-person', why: 'about someone (he, she)', penalty: 2 },
  '3p-plural': { kind: 'group', adult: false, rule: 'group-target', why: 'about several people', penalty: 2 },
  '1p': { kind: 'self', adult: false, rule: 'self-target', why: 'about the writer', penalty: 3 },
  '1p-plural': {
    kind: 'self',
    adult: false,
    rule: 'self-target',
    why: 'about the writer and others',
    penalty: 4,
  },
};

/** Every target cue of the message, once (persons, objects, names). */
function candidates(scan: MessageScan): Candidate[] {
  return scan.memo('target-candidates', () => {
    const out: Candidate[] = [];
    for (const h of scan.list('persons')) {
      const role = ROLE[h.entry.attrs.role ?? ''];
      if (!role) continue;
      // `een vrouw met een hoofddoek is ...` speaks of anyone, not of one person here.
      if (
        (role.kind === 'person' || role.kind === 'teacher') &&
        role.rule === 'described-person' &&
        GENERIC.has(scan.token(h.first - 1)?.text ?? '')
      ) {
        continue;
      }
      out.push({ ...role, at: h.first });
    }
    for (const h of scan.list('identity')) {
      if (h.entry.attrs.form !== 'plural') continue;
      out.push({
        at: h.first,
        kind: 'group',
        adult: false,
        rule: 'identity-group',
        why: 'about a protected group',
        penalty: 0,
      });
    }
    for (const h of scan.list('objects')) {
      out.push({
        at: h.first,
        kind: 'object',
        adult: false,
        rule: 'object-target',
        why: 'about a thing',
        penalty: 0,
      });
    }
    const titles = new Set(
      scan
        .list('persons')
        .filter((h) => h.entry.attrs.role === 'teacher')
        .map((h) => h.last),
    );
    for (const [at, how] of findNames(scan)) {
      // `juf Marloes`, `Mr O'Brien`: a name right after a title is the teacher's.
      const titled = how === 'teacher-name' || titles.has(at - 1) || titles.has(at - 2);
      const rule = how === 'mention' ? 'mention' : titled ? 'teacher-target' : 'named-person';
      const kind = titled ? 'teacher' : 'person';
      out.push({
        at,
        kind,
        adult: titled,
        rule,
        why: titled ? 'names a teacher' : `names a person (${how})`,
        penalty: 0,
      });
    }
    return dropOwners(scan, out).sort((a, b) => a.at - b.at);
  });
}

const OF = new Set(['van', 'of']);
const GENERIC = new Set(['een', 'a', 'an', 'elke', 'iedere', 'every', 'any']);
const SUBJECTS = new Set(['ik', 'k', 'we', 'wij', 'i', "i'm", 'im', "i'll", "i've", "i'd", "we're", "we'll"]);

/**
 * `de moeder van Kerem`, `Ben's mum`: the person spoken about is the parent, not the
 * child named as the owner, so the name stops being a target there.
 */
function dropOwners(scan: MessageScan, out: Candidate[]): Candidate[] {
  const nounAt = new Map<number, Candidate>();
  for (const c of out) {
    if (
      c.rule !== 'object-target' &&
      c.rule !== 'named-person' &&
      c.rule !== 'mention' &&
      c.kind !== 'self'
    ) {
      nounAt.set(c.at, c);
    }
  }
  const t = scan.tokenList;
  const objectAt = new Set(out.filter((c) => c.kind === 'object').map((c) => c.at));
  const personAt = new Set(out.filter((c) => c.kind !== 'self' && c.kind !== 'object').map((c) => c.at));
  return out.filter((c) => {
    // `mijn zoon`: the possessive belongs to the person, it is not the writer as a target.
    if (
      c.kind === 'self' &&
      OWN.has(t[c.at]?.text ?? '') &&
      personAt.has(c.at + 1) &&
      t[c.at + 1]?.clause === t[c.at]?.clause
    )
      return false;
    if (c.rule === 'object-target' || c.kind === 'self') return true;
    const before = t[c.at - 1];
    // `de juf van groep 7`, `de moeder van Kerem`: the first noun is the one spoken about.
    if (before && OF.has(before.text) && nounAt.has(c.at - 2) && nounAt.get(c.at - 2) !== c) return false;
    // `de cijfers van mijn zoon`: the child owns the thing spoken about.
    if (before && OWN.has(before.text) && OF.has(t[c.at - 2]?.text ?? '') && objectAt.has(c.at - 3))
      return false;
    if (c.rule !== 'named-person' && c.rule !== 'mention') return true;
    const own = t[c.at];
    if (own?.text.endsWith("'s") && nounAt.has(c.at + 1)) return false;
    return true;
  });
}

/**
 * The target of a hit: the nearest target cue in its clause (else its sentence),
 * explicit cues (second person, a name, a teacher, a thing) winning over ambiguous ones
 * (`hij`, `ik`). `self` is reported only when nothing else is in reach. In a reply, a
 * hit without any cue is about the member replied to.
 */
export function targetOf(
  scan: MessageScan,
  hit: Hit,
  opts: {
    readonly maxDistance?: number;
    readonly outside?: boolean;
    readonly before?: boolean;
    /** The writer as the one doing it (`ik`, `we`) is never the target of a threat. */
    readonly ignoreSubjects?: boolean;
    /** Mockery of someone's shoes is mockery of someone. */
    readonly ignoreObjects?: boolean;
    /** The writer is not what a sexual comment is about (`mag mij wel komen ophalen`). */
    readonly ignoreSelf?: boolean;
  } = {},
): TargetCall {
  const all = candidates(scan);
  const tokens = scan.tokenList;
  const anchor = tokens[hit.first];
  if (!anchor) return { kind: 'none', adult: false, at: -1 };
  const max = opts.maxDistance ?? 12;
  let best: Candidate | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const scope of ['clause', 'sentence'] as const) {
    for (const c of all) {
      if ((opts.outside || c.kind === 'object') && inHit(c.at, hit)) continue;
      if (opts.ignoreObjects && c.kind === 'object') continue;
      if (opts.ignoreSelf && c.kind === 'self') continue;
      if (opts.before && c.at > hit.last + 1) continue;
      if (opts.ignoreSubjects && SUBJECTS.has(tokens[c.at]?.text ?? '')) continue;
      const tok = tokens[c.at];
      if (
        !tok ||
        (scope === 'clause'
          ? tok.clause !== anchor.clause && !inHit(c.at, hit)
          : tok.sentence !== anchor.sentence)
      ) {
        continue;
      }
      const distance = c.at < hit.first ? hit.first - c.at : c.at > hit.last ? c.at - hit.last + 0.5 : 0;
      if (distance > max) continue;
      const score = distance + c.penalty;
      if (score < bestScore || (score === bestScore && best && c.penalty < best.penalty)) {
        best = c;
        bestScore = score;
      }
    }
    if (best) break;
  }
  if (!best) {
    if (scan.context.isReply) {
      return { kind: 'person', adult: false, at: -1, note: note('reply', 'a reply to another member') };
    }
    return { kind: 'none', adult: false, at: -1 };
  }
  const antecedent = best.rule === 'third-person' ? antecedentOf(all, best) : undefined;
  if (antecedent) {
    return {
      kind: antecedent.kind,
      adult: antecedent.adult,
      at: antecedent.at,
      note: note(antecedent.rule, `${antecedent.why} (referred to as "${tokens[best.at]?.text ?? ''}")`),
    };
  }
  const own =
    best.kind === 'person' &&
    best.rule === 'described-person' &&
    OWN.has(tokens[best.at - 1]?.text ?? '') &&
    tokens[best.at - 1]?.clause === tokens[best.at]?.clause;
  return {
    kind: best.kind,
    adult: best.adult,
    at: best.at,
    note: note(best.rule, best.why),
    ...(own ? { own } : {}),
  };
}

const OWN = new Set(['mijn', "m'n", 'mn', 'onze', 'ons', 'my', 'our']);

/** `Mr Walker is so fit, I would sleep with him`: `him` is the nearest person named before. */
function antecedentOf(all: readonly Candidate[], pronoun: Candidate): Candidate | undefined {
  let found: Candidate | undefined;
  for (const c of all) {
    if (c.at >= pronoun.at) break;
    if (pronoun.at - c.at > 20) continue;
    const explicit =
      c.rule === 'named-person' ||
      c.rule === 'described-person' ||
      c.rule === 'teacher-target' ||
      c.rule === 'mention';
    if (explicit && (c.kind === 'person' || c.kind === 'teacher')) found = c;
  }
  return found;
}

function inHit(at: number, hit: Hit): boolean {
  return at >= hit.first && at <= hit.last;
}

function note(rule: string, why: string): ContextNote {
  return { rule, effect: 'noted', why };
}

/** The kinds a finding's `target` may carry (CONTRACT): `object` and `none` are not targets. */
export function asTarget(kind: TargetKind): Target | undefined {
  return kind === 'object' || kind === 'none' ? undefined : kind;
}

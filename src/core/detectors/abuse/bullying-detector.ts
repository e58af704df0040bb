import type { AbuseDetectorSpec } from './abuse-detector.js';
import { Candidate } from './candidate.js';
import { exclusionCandidate } from './exclusion.js';
import { identityAbuse } from './identity-abuse.js';
import type { Hit, MessageScan } from './message-scan.js';
import { mockeryCandidates } from './mockery.js';
import { predicative } from './predicative.js';
import { hasCue, settleTarget, subjectBefore, words } from './signals.js';
import { type TargetCall, targetOf } from './target.js';

const NOT_PEOPLE = ['school'];
const DIRECT = new Set(['named-person', 'mention', 'reply', 'second-person']);
const GENERIC_IF = new Set(['als', 'if', 'wanneer', 'when']);
const POSSESSIVE_YOU = new Set(['je', 'jouw', 'your', 'ur', 'jullie']);

/**
 * Bullying: insults, humiliation, mockery, exclusion and name-calling aimed at a person
 * (named, addressed or described), `medium`; `high` when intense (`iedereen haat je`,
 * a campaign `iedereen doet mee`) or when it urges self-harm (`kys`, `ga dood`, `go hang
 * yourself`). An insult needs a target: the writer (`ik ben zo'n sukkel`) or a thing
 * (`die stomme printer`) ends it. Identity-based insults aimed at a person are
 * bullying as well as hate.
 */
export const bullyingSpec: AbuseDetectorSpec = {
  id: 'bullying',
  category: 'bullying',
  triggers: ['insults', 'bully-phrases', 'exclusion', 'mockery', 'slurs', 'identity'],
  propose(scan: MessageScan): Candidate[] {
    const out: Candidate[] = [];
    for (const h of scan.list('insults')) {
      const c = insult(scan, h);
      if (c) out.push(c);
    }
    // `sev=mild` lines (`elke dag weer`) only make other bullying intense.
    for (const h of scan.list('bully-phrases')) if (h.entry.attrs.sev !== 'mild') out.push(phrase(scan, h));
    for (const h of scan.list('exclusion')) {
      const c = exclusionCandidate(scan, h, NOT_PEOPLE);
      if (c) out.push(c);
    }
    out.push(...mockeryCandidates(scan));
    for (const a of identityAbuse(scan)) {
      // `I don't want my daughter next to refugee kids`: the daughter is not the one abused.
      if (a.vetoed || a.target.own) continue;
      // `kkr mongool`, `retard lol`: a slur on its own is called at someone.
      const called =
        a.rule === 'slur' &&
        a.target.kind === 'none' &&
        a.anchor.first === a.anchor.last &&
        !plural(words(scan, a.anchor));
      if (!called && a.target.kind !== 'person' && a.target.kind !== 'teacher') continue;
      // A group derogated with `you` said in general (`if you're in a wheelchair ...`) or a
      // described role (`a gay teacher`) is hate; bullying needs someone named or addressed.
      if (a.rule === 'group-derogation' && !direct(scan, a.target)) continue;
      // A threat against a group's member is the threat detector's finding.
      if (a.anchor.entry.list === 'threats' || a.anchor.entry.list === 'harm-verbs') continue;
      const c = new Candidate(
        'bullying',
        'medium',
        a.anchor,
        `bullying:${a.rule}`,
        `identity used against a person: ${a.why}`,
      );
      if (called) {
        c.target = 'person';
        c.note('addressed', 'a slur on its own is said to someone');
      } else {
        c.target = a.target.kind === 'teacher' ? 'teacher' : 'person';
        if (a.target.note) c.note(a.target.note.rule, a.target.note.why);
      }
      out.push(c);
    }
    intensify(scan, out);
    return out;
  },
};

/** Someone named or addressed; `als je in een rolstoel zit`, `if you're gay` is anyone. */
function direct(scan: MessageScan, call: TargetCall): boolean {
  if (!DIRECT.has(call.note?.rule ?? '')) return false;
  return !(call.note?.rule === 'second-person' && GENERIC_IF.has(scan.token(call.at - 1)?.text ?? ''));
}

/** `homo's`, `mongolen`, `retards`: a plural speaks of a group, not to someone. */
function plural(word: string): boolean {
  return /(?:'s|s|en)$/.test(word);
}

function insult(scan: MessageScan, h: Hit): Candidate | undefined {
  const sev = h.entry.attrs.sev;
  const kind = h.entry.attrs.kind ?? 'noun';
  if (sev === 'mild' || kind === 'animal') return undefined;
  const c = new Candidate(
    'bullying',
    sev === 'high' ? 'high' : 'medium',
    h,
    'bullying:insult',
    `insult ("${words(scan, h)}")`,
  );
  const explicit = kind === 'adj' || kind === 'ambiguous';
  if (kind === 'adj' && !predicative(scan, h)) {
    c.veto('not-about-a-person', `describes how something is done or a situation ("${words(scan, h)}")`);
    return c;
  }
  const call = targetOf(scan, h, { maxDistance: explicit ? 4 : 8 });
  // `een vrouw met een hoofddoek is een onderdrukte sukkel`: an insult of a group is hate.
  if (identityAbuse(scan).some((a) => a.anchor === h && !a.vetoed && a.target.kind === 'group')) {
    c.veto('identity-group', 'derogates a protected group: hate, not bullying');
    return c;
  }
  settleTarget(c, scan, call, {
    addressedByDefault: !explicit,
    notFor: NOT_PEOPLE,
    identityIsHate: true,
    ownFamilyIsSelf: true,
  });
  return c;
}

function phrase(scan: MessageScan, h: Hit): Candidate {
  const kind = h.entry.attrs.kind;
  const strong = kind === 'urge-self-harm' || kind === 'intense';
  const sev = h.entry.attrs.sev === 'high' || strong ? 'high' : 'medium';
  const c = new Candidate('bullying', sev, h, `bullying:${kind}`, `${describe(kind)} ("${words(scan, h)}")`);
  if (h.entry.attrs.imperative === 'yes' && subjectBefore(scan, h)) {
    c.veto('not-imperative', 'said about oneself or someone, not told to anyone');
    return c;
  }
  // `iedereen haat je werkstuk`: `je` owns a thing, the phrase is about the thing.
  const owned = scan.list('objects').find((o) => o.first === h.last + 1);
  if (owned && POSSESSIVE_YOU.has(scan.token(h.last)?.text ?? '')) {
    c.veto('object-target', `about a thing ("${words(scan, owned)}"), not a person`);
    return c;
  }
  // Urges, put-downs and curses are said to someone; mockery and body-shaming need someone named.
  const addressed =
    kind === 'urge-self-harm' || kind === 'dismiss' || kind === 'curse' || embedsSecondPerson(scan, h);
  settleTarget(c, scan, targetOf(scan, h, { maxDistance: 8 }), {
    addressedByDefault: addressed,
    notFor: NOT_PEOPLE,
    identityIsHate: true,
  });
  if (strong && !c.isVetoed)
    c.note(
      'intense',
      kind === 'urge-self-harm' ? 'urges someone to hurt or kill themselves' : 'intense or collective',
    );
  return c;
}

/** The sentence of `h` ends with a question mark. */
function embedsSecondPerson(scan: MessageScan, h: Hit): boolean {
  return scan
    .list('persons')
    .some((p) => p.entry.attrs.role === '2p' && p.start >= h.start && p.end <= h.end);
}

function describe(kind: string | undefined): string {
  switch (kind) {
    case 'urge-self-harm':
      return 'tells someone to hurt or kill themselves';
    case 'intense':
      return 'intense rejection';
    case 'dismiss':
      return 'put-down';
    case 'appearance':
      return 'body-shaming';
    case 'curse':
      return 'curse aimed at someone';
    case 'expose':
      return 'exposes someone to ridicule';
    default:
      return 'mockery';
  }
}

/** A campaign (`iedereen doet mee`, `elke dag`) makes the bullying in the message intense. */
function intensify(scan: MessageScan, out: Candidate[]): void {
  if (!hasCue(scan, 'bully-phrases', ['intense'])) return;
  for (const c of out) {
    if (!c.isVetoed && c.severity === 'medium') c.raise('intense', 'part of an intense or collective attack');
  }
}

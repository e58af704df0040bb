import type { AbuseDetectorSpec } from './abuse-detector.js';
import { Candidate } from './candidate.js';
import { identityAbuse } from './identity-abuse.js';
import type { Hit, MessageScan } from './message-scan.js';
import { cuesOf, hasCue, words } from './signals.js';
import { type TargetCall, targetOf } from './target.js';
import { verdictTarget } from './verdict.js';

const CLAIMS = ['accusation', 'incompetence', 'crime', 'shame', 'private'];
const SPREAD = ['spread', 'public'];

/**
 * Discrediting: damaging the good name of the school, its staff or a member without a
 * direct insult: rumours, public accusations, calls to spread them or to shame someone
 * in public. A claim (misconduct, incompetence, a crime) about a teacher, the school or
 * a person is `medium`; `high` when it accuses of a crime or abuse, or goes public
 * (the paper, a review, a petition, social media). A call to spread something about a
 * teacher or the school counts on its own. The target is kept (`teacher`, `school`)
 * because the brain alerts the supervisor when the teacher is the subject.
 */
export const discreditingSpec: AbuseDetectorSpec = {
  id: 'discrediting',
  category: 'discrediting',
  triggers: [
    'discrediting:accusation',
    'discrediting:incompetence',
    'discrediting:crime',
    'discrediting:shame',
    'discrediting:private',
    'discrediting:verdict',
    'sexual',
  ],
  propose(scan: MessageScan): Candidate[] {
    const out: Candidate[] = [];
    const all = scan.list('discrediting');
    const going = cuesOf(scan, 'discrediting', SPREAD)[0];
    const publicly = cuesOf(scan, 'discrediting', ['public'])[0];
    const rumour = cuesOf(scan, 'discrediting', ['rumour'])[0];
    for (const h of all) {
      const kind = h.entry.attrs.kind ?? '';
      if (kind === 'verdict') {
        const judged = verdictTarget(scan, h);
        if (judged) out.push(verdict(scan, h, judged, going, publicly));
        continue;
      }
      if (!CLAIMS.includes(kind)) continue;
      // `that gay Mr Foster shouldn't be allowed near kids`: a claim made of who someone is is hate.
      if (hateful(scan, h)) continue;
      // A private matter (a depression, a divorce) is discrediting when passed on as gossip.
      // ... or laughed at (`haar ouders zijn failliet hahaha`).
      if (kind === 'private' && !rumour && !going && !hasCue(scan, 'laughter')) continue;
      // A rating or review (`1 ster geven op google`) in a school's group is of the school.
      const call = bestTarget(scan, h) ?? (kind === 'shame' && publicly ? schoolByDefault() : undefined);
      if (!call) continue;
      // A word with innocent uses (`gestolen`, `corrupt`, `is a mess`) needs gossip around
      // it or someone named before it: `Tim stole the show` is not `my son stole a cookie`.
      if (h.entry.attrs.sev === 'mild' && !rumour && !going && !namedBefore(call, h)) continue;
      const c = new Candidate(
        'discrediting',
        'medium',
        h,
        `discrediting:${kind}`,
        `${describe(kind)} ("${words(scan, h)}")`,
      );
      settle(c, call);
      if (kind === 'shame' && h.entry.attrs.sev === 'high')
        c.raise('public-shaming', 'organises shaming (reviews, posts, getting someone sacked)', 'high');
      else if (kind === 'crime' || h.entry.attrs.sev === 'high')
        c.raise('serious-accusation', 'accuses of a crime or of harming children', 'high');
      else if (publicly)
        c.raise('public-shaming', `taken outside the group ("${words(scan, publicly)}")`, 'high');
      if (going) c.note('spread', `asks others to spread it ("${words(scan, going)}")`);
      out.push(c);
    }
    if (out.length === 0 && rumour) {
      const gossip = sexualGossip(scan);
      if (gossip) out.push(gossip);
    }
    return out;
  },
};

function hateful(scan: MessageScan, h: Hit): boolean {
  return identityAbuse(scan).some((a) => !a.vetoed && scan.sentenceOf(a.anchor) === scan.sentenceOf(h));
}

/** `die school is echt slecht`, `the head is useless`: a judgement of a teacher's or the school's work. */
function verdict(
  scan: MessageScan,
  h: Hit,
  call: TargetCall,
  going: Hit | undefined,
  publicly: Hit | undefined,
): Candidate {
  const c = new Candidate(
    'discrediting',
    'medium',
    h,
    'discrediting:verdict',
    `judges someone’s work or conduct ("${words(scan, h)}")`,
  );
  settle(c, call);
  if (publicly) c.raise('public-shaming', `taken outside the group ("${words(scan, publicly)}")`, 'high');
  if (going) c.note('spread', `asks others to spread it ("${words(scan, going)}")`);
  return c;
}

/** `ik wed dat juf Anouk en meester Kees het met elkaar doen`: sexual gossip about staff. */
function sexualGossip(scan: MessageScan): Candidate | undefined {
  for (const h of scan.list('sexual')) {
    if (h.entry.attrs.sev === 'mild' || h.entry.attrs.sev === 'low') continue;
    const call = targetOf(scan, h, { maxDistance: 12, ignoreSubjects: true, ignoreObjects: true });
    if (call.kind !== 'teacher') continue;
    const c = new Candidate(
      'discrediting',
      'medium',
      h,
      'discrediting:sexual-gossip',
      `sexual gossip about staff ("${words(scan, h)}")`,
    );
    settle(c, call);
    return c;
  }
  return undefined;
}

/** Discrediting concerns a teacher, the school or a person; the writer or a thing ends it. */
function bestTarget(scan: MessageScan, h: Hit, maxDistance = 14): TargetCall | undefined {
  const call = targetOf(scan, h, { maxDistance, ignoreSubjects: true, ignoreObjects: true });
  // No one, or only a group of children in reach: a teacher or the school named earlier.
  if (call.kind === 'none' || call.kind === 'group') return staffBefore(scan, h);
  // `mijn zoon is lui met zijn huiswerk`: a parent about their own child, unless staff are
  // the subject (`de mentor heeft mijn dochter expres laten zakken`).
  if (call.own) return staffBefore(scan, h);
  if (call.kind === 'teacher' || call.kind === 'school' || call.kind === 'person') return call;
  return undefined;
}

/**
 * `Weet iemand waarom meester Joost weg is? Ik hoorde iets over ongepast gedrag`: with no
 * one in the claim's sentence, a teacher or the school named earlier in the message.
 */
function staffBefore(scan: MessageScan, h: Hit): TargetCall | undefined {
  const cue = scan
    .list('persons')
    .findLast(
      (p) => p.last < h.first && (p.entry.attrs.role === 'teacher' || p.entry.attrs.role === 'school'),
    );
  if (!cue) return undefined;
  const kind = cue.entry.attrs.role === 'teacher' ? 'teacher' : 'school';
  return {
    kind,
    adult: true,
    at: cue.first,
    note: {
      rule: kind === 'teacher' ? 'teacher-target' : 'school-target',
      effect: 'noted',
      why: `about ${kind === 'teacher' ? 'a teacher' : 'the school'} named earlier in the message`,
    },
  };
}

function schoolByDefault(): TargetCall {
  return {
    kind: 'school',
    adult: true,
    at: -1,
    note: {
      rule: 'school-target',
      effect: 'noted',
      why: 'public shaming in a school group is of the school',
    },
  };
}

const EXPLICIT = new Set(['named-person', 'mention', 'teacher-target', 'school-target']);

function namedBefore(call: TargetCall, h: Hit): boolean {
  return call.at >= 0 && call.at < h.first && EXPLICIT.has(call.note?.rule ?? '');
}

function settle(c: Candidate, call: TargetCall): void {
  c.target =
    call.kind === 'group'
      ? 'group'
      : call.kind === 'teacher'
        ? 'teacher'
        : call.kind === 'school'
          ? 'school'
          : 'person';
  if (call.note) c.note(call.note.rule, call.note.why);
}

function describe(kind: string): string {
  switch (kind) {
    case 'crime':
      return 'accuses of a crime or misconduct';
    case 'incompetence':
      return 'runs down someone’s competence';
    case 'shame':
      return 'shames in public';
    case 'spread':
      return 'calls to spread it';
    case 'public':
      return 'takes it outside the group';
    default:
      return 'a damaging claim';
  }
}

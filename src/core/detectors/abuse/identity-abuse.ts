import type { ContextNote } from '../../finding.js';
import { groupBan } from './group-ban.js';
import { saidOfGroup } from './group-predicate.js';
import type { Hit, MessageScan } from './message-scan.js';
import { words } from './signals.js';
import { type TargetCall, targetOf } from './target.js';

/**
 * Abuse of people for who they are, found once per message and shared by the hate
 * detector (every case) and the bullying detector (cases aimed at one person):
 * - `slur`: a slur (`flikker`, `mongool`, `ga terug naar je eigen land`);
 * - `compound-slur`: a swear word fused with an identity word (`kankerjood`, `kut-turk`);
 * - `group-derogation`: an identity group and a derogation in one sentence
 *   (`homo's zijn ziek`, `I hate all gays`, `moslims moeten het land uit`);
 * - `pejorative-identity`: an identity word used as an insult (`dat is zo homo`).
 * An identity word without any of these is `identity-neutral` (`ik ben homo`, `fijne
 * Ramadan aan alle moslims`) and is kept only as a vetoed note for `explain`.
 */
export interface IdentityAbuse {
  readonly anchor: Hit;
  readonly cover: readonly Hit[];
  readonly rule: 'slur' | 'compound-slur' | 'group-derogation' | 'pejorative-identity';
  readonly why: string;
  readonly target: TargetCall;
  readonly vetoed?: ContextNote;
}

const MAX_GAP = 14;
const ASKING = new Set(['ben', 'bent', 'is', 'are', 'am', 'was', 'were', 'zijn', 'als', 'like', 'if', 'of']);

export function identityAbuse(scan: MessageScan): readonly IdentityAbuse[] {
  return scan.memo('identity-abuse', () => find(scan));
}

function find(scan: MessageScan): IdentityAbuse[] {
  const out: IdentityAbuse[] = [];
  const used = new Set<Hit>();
  for (const s of scan.list('slurs')) {
    const target = targetOf(scan, s, { ignoreSubjects: true });
    if (s.entry.attrs.person === 'yes' && target.kind !== 'person' && target.kind !== 'teacher') continue;
    const vetoed = selfNamed(scan, s)
      ? veto('identity-neutral', 'the writer about themselves (reclaimed)')
      : undefined;
    out.push({
      anchor: s,
      cover: [],
      rule: 'slur',
      why: `slur ("${words(scan, s)}")`,
      target,
      ...(vetoed ? { vetoed } : {}),
    });
  }
  const identities = scan.list('identity');
  for (const p of scan.list('profanity')) {
    const fused = identities.find((i) => overlapsOrTouches(scan, p, i) && i.entry.attrs.form !== 'adj');
    if (!fused) continue;
    used.add(fused);
    // `die kut-turk` names one person; `kankerjoden` a whole group.
    const one = fused.entry.attrs.form === 'singular';
    const call = targetOf(scan, fused, { ignoreSubjects: true });
    const target = one && call.kind !== 'person' ? { ...call, kind: 'person' as const } : call;
    out.push({
      anchor: p,
      cover: [fused],
      rule: 'compound-slur',
      why: `swear word fused with an identity ("${words(scan, { start: Math.min(p.start, fused.start), end: Math.max(p.end, fused.end) })}")`,
      target,
    });
  }
  // Insults count as derogation of a group too (`moslims zijn sukkels`), except of
  // girls and women, where everyday teasing of a group of pupils would turn into hate.
  // Besides the derogation list, any insult, harm verb or threat near a protected group
  // derogates it (`moslims zijn sukkels`, `ik ga die joden slaan`), except for girls and
  // women, where everyday teasing of a group of pupils would turn into hate.
  const negative = [
    ...scan.list('insults').filter((h) => h.entry.attrs.sev !== 'mild'),
    ...scan.list('harm-verbs'),
    ...scan
      .list('threats')
      .filter((h) => h.entry.attrs.kind === 'violence' || h.entry.attrs.kind === 'stative'),
  ];
  for (const d of [...scan.list('derogation'), ...negative]) {
    const frame = d.entry.attrs.kind === 'frame' && d.entry.list === 'derogation';
    const pool =
      d.entry.list === 'derogation' ? identities : identities.filter((i) => i.entry.attrs.group !== 'gender');
    const id = nearestIdentity(scan, d, pool, frame);
    if (!id) continue;
    used.add(id);
    const target = targetOf(scan, d);
    const groupTarget =
      target.kind === 'person' || target.kind === 'teacher' ? target : { ...target, kind: 'group' as const };
    out.push({
      anchor: d,
      cover: [id],
      rule: frame ? 'pejorative-identity' : 'group-derogation',
      why: frame
        ? `identity used as an insult ("${words(scan, { start: Math.min(d.start, id.start), end: Math.max(d.end, id.end) })}")`
        : `derogation of a group ("${words(scan, id)}" ... "${words(scan, d)}")`,
      target: groupTarget,
    });
  }
  // Run-down words said of a group as a whole (`Polen zijn lui`, `dirty immigrants`).
  for (const w of scan.list('negative')) {
    const g = identities.find(
      (i) => i.entry.attrs.form === 'plural' && i.entry.attrs.group !== 'gender' && saidOfGroup(scan, i, w),
    );
    if (!g || out.some((o) => o.anchor === w)) continue;
    used.add(g);
    out.push({
      anchor: w,
      cover: [g],
      rule: 'group-derogation',
      why: `runs down a group ("${words(scan, { start: Math.min(w.start, g.start), end: Math.max(w.end, g.end) })}")`,
      target: {
        kind: 'group',
        adult: false,
        at: g.first,
        note: { rule: 'identity-group', effect: 'noted', why: 'about a protected group' },
      },
    });
  }
  // A group banned from a place (`geen moslims in onze klas`, `no gay people allowed`):
  // the ban word is part of the evidence, so it is no negation of it.
  for (const i of identities) {
    if (used.has(i) || out.some((o) => o.anchor.start <= i.start && o.anchor.end >= i.end)) continue;
    const ban = groupBan(scan, i);
    if (!ban) continue;
    used.add(i);
    const from = scan.token(ban.first);
    const to = scan.token(ban.last);
    if (!from || !to) continue;
    const anchor: Hit = { ...i, start: from.start, end: to.end, first: ban.first, last: ban.last };
    out.push({
      anchor,
      cover: [],
      rule: 'group-derogation',
      why: `bans a group ("${words(scan, anchor)}")`,
      target: {
        kind: 'group',
        adult: false,
        at: i.first,
        note: { rule: 'identity-group', effect: 'noted', why: 'about a protected group' },
      },
    });
  }
  for (const i of identities) {
    if (used.has(i) || out.some((o) => o.anchor.start <= i.start && o.anchor.end >= i.end)) continue;
    out.push({
      anchor: i,
      cover: [],
      rule: 'group-derogation',
      why: `identity word ("${words(scan, i)}")`,
      target: targetOf(scan, i),
      vetoed: veto('identity-neutral', 'an identity named without derogation'),
    });
  }
  return out;
}

/** The identity hit a derogation speaks about: same sentence, near; a frame (`zo`, `ofzo`) only right next to it. */
function nearestIdentity(
  scan: MessageScan,
  d: Hit,
  identities: readonly Hit[],
  frame: boolean,
): Hit | undefined {
  let best: Hit | undefined;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const i of identities) {
    // `wat doen ... hier`: a gapped line names the group in its gap.
    const inGap = d.entry.term.includes(' ... ') && i.first > d.first && i.last < d.last;
    if (i.start < d.end && d.start < i.end && !inGap) continue;
    const gap = inGap ? 0 : i.first > d.last ? i.first - d.last : d.first - i.last;
    // Same sentence, or right next to it (`jij bent trans? dan ben je ziek in je hoofd`).
    if (scan.sentenceOf(i) !== scan.sentenceOf(d) && gap > 12) continue;
    if (frame) {
      const form = i.entry.attrs.form;
      if (gap !== 1 || i.first < d.last || (form !== 'adj' && form !== 'singular')) continue;
      // `ben jij homo?`, `are you gay?` asks; `jij homo`, `you gay` calls names.
      if (
        (d.entry.term === 'jij' || d.entry.term === 'you') &&
        ASKING.has(scan.token(d.first - 1)?.text ?? '')
      )
        continue;
    } else {
      // A derogation about one person who happens to be Turkish is not about Turks: the
      // group must be named as a group (plural), or the person is called the identity.
      if (i.entry.attrs.form === 'adj' && gap > 5) continue;
    }
    if (gap <= MAX_GAP && gap < bestGap) {
      best = i;
      bestGap = gap;
    }
  }
  return best;
}

/** A swear word fused with (`kankerjood`) or hyphenated/adjacent to (`kut-turk`, `fucking muslims`) an identity word. */
function overlapsOrTouches(scan: MessageScan, p: Hit, i: Hit): boolean {
  if (p.start < i.end && i.start < p.end) return true;
  if (i.first !== p.last + 1 && p.first !== i.last + 1) return false;
  return scan.sameClause(i, p);
}

const SELF = new Set(['ik', 'k', 'i', "i'm", 'im', 'wij', 'we', "we're"]);
const BE = new Set(['ben', 'zijn', 'am', 'are', 'een', 'a', 'trotse', 'proud', 'echt', 'gewoon']);

/** `ik ben een trotse flikker`, `I'm a proud dyke`: the writer names themselves. */
function selfNamed(scan: MessageScan, h: Hit): boolean {
  for (let i = h.first - 1; i >= 0 && i >= h.first - 4; i--) {
    const t = scan.token(i)?.text ?? '';
    if (SELF.has(t)) return true;
    if (!BE.has(t)) return false;
  }
  return false;
}

function veto(rule: string, why: string): ContextNote {
  return { rule, effect: 'vetoed', why };
}

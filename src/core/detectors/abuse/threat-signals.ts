import { Candidate } from './candidate.js';
import { allowedBy } from './context/allow-list.js';
import { specifics } from './context/specific-threat.js';
import type { Hit, MessageScan } from './message-scan.js';
import { cuesOf, settleTarget, words } from './signals.js';
import { targetOf } from './target.js';

const PEOPLE = ['person', 'teacher', 'group', 'school'];

/**
 * Threats that no single phrase makes: two weak signals together, a bomb and a place
 * where people gather, copying a school attack. Each is one family of messages
 * (`wacht maar` + `na school`; `hoe je een bom maakt voor die moskee`; `ik ga
 * hetzelfde doen als die jongen in Finland, op onze school`).
 */

/** Signals counted once per stretch of text: `wacht maar` inside `wacht maar tot` is one signal. */
function separateSignals(signals: readonly Hit[]): number {
  const sorted = [...signals].sort((a, b) => a.start - b.start);
  let count = 0;
  let end = -1;
  for (const h of sorted) {
    if (h.start >= end) count++;
    end = Math.max(end, h.end);
  }
  return count;
}

/** Two weak signals (none a threat alone) make a veiled threat. */
export function weakCombination(scan: MessageScan): Candidate | undefined {
  const weak = cuesOf(scan, 'threats', ['weak', 'wish']);
  const s = specifics(scan);
  const signals: Hit[] = [...weak];
  if (s.weapon) signals.push(s.weapon);
  if (s.time && s.place) signals.push(s.place);
  // `ik neem morgen een mes mee naar school`: a weapon brought where the children are.
  const school = s.weapon && schoolNear(scan, s.weapon);
  if (school && !(s.time && s.place)) signals.push(school);
  if (separateSignals(signals) < 2) return undefined;
  const anchor = weak[0] ?? s.weapon;
  if (!anchor) return undefined;
  const c = new Candidate(
    'threat',
    'high',
    anchor,
    'threat:veiled',
    `veiled threat (${signals.map((h) => `"${words(scan, h)}"`).join(' + ')})`,
  );
  const call = targetOf(scan, anchor, { maxDistance: 10, ignoreSubjects: true });
  if (PEOPLE.includes(call.kind)) {
    settleTarget(c, scan, call, { addressedByDefault: true });
  } else {
    // `wie er morgen in lokaal 1.12 zit moet oppassen`: whoever is there, not the room.
    c.target = 'person';
    c.note('addressed', 'aimed at whoever it is said to');
  }
  return c;
}

/** A school in the weapon's sentence, with the writer as the one bringing it (`ik`, `we`). */
function schoolNear(scan: MessageScan, weapon: Hit): Hit | undefined {
  const sentence = scan.sentenceOf(weapon);
  const writer = scan
    .list('persons')
    .some(
      (p) =>
        (p.entry.attrs.role === '1p' || p.entry.attrs.role === '1p-plural') &&
        scan.sentenceOf(p) === sentence,
    );
  if (!writer) return undefined;
  return scan.list('persons').find((p) => p.entry.attrs.role === 'school' && scan.sentenceOf(p) === sentence);
}

/** `hoe je een bom maakt voor die moskee`: explosives and a place where people gather. */
export function bombPlot(scan: MessageScan): Candidate | undefined {
  const bomb = cuesOf(scan, 'weapons', ['explosive']).find((b) => !allowedBy(scan, b));
  if (!bomb) return undefined;
  const sameSentence = (h: Hit) => scan.sentenceOf(h) === scan.sentenceOf(bomb);
  const place =
    scan.list('places').find(sameSentence) ??
    scan.list('persons').find((p) => p.entry.attrs.role === 'school' && sameSentence(p));
  if (!place) return undefined;
  const c = new Candidate(
    'threat',
    'high',
    bomb,
    'threat:bomb',
    `explosives and a target ("${words(scan, bomb)}" ... "${words(scan, place)}")`,
  );
  c.target = place.entry.list === 'persons' ? 'school' : 'group';
  c.note('group-target', `a place where people gather ("${words(scan, place)}")`);
  return c;
}

/** `ik ga hetzelfde doen als die jongen in Finland, op onze school`: copying an attack on a school. */
export function emulate(scan: MessageScan): Candidate | undefined {
  const e = cuesOf(scan, 'glorification', ['emulate'])[0];
  if (!e) return undefined;
  const place = scan.list('persons').find((p) => p.entry.attrs.role === 'school') ?? specifics(scan).place;
  if (!place) return undefined;
  const c = new Candidate(
    'threat',
    'high',
    e,
    'threat:emulation',
    `announces copying an attack ("${words(scan, e)}")`,
  );
  c.target = 'school';
  c.note('school-target', `at a place of many people ("${words(scan, place)}")`);
  return c;
}

/**
 * `@Daan 🔫🔫`, `Daan 🔪`, `🔪🔪 morgen na school`: a weapon emoji aimed at someone (a name,
 * a mention, `jij`) or with a time is a threat (CONTRACT: a 🔪 or 🔫 aimed at the person).
 * With a thing (`🔪 voor de taart`) or nothing around it, it is just an emoji.
 */
export function weaponEmoji(scan: MessageScan): Candidate | undefined {
  const emoji = cuesOf(scan, 'weapons', ['emoji']).find((h) => !allowedBy(scan, h));
  if (!emoji) return undefined;
  const call = targetOf(scan, emoji, { maxDistance: 2, ignoreSubjects: true });
  const time = scan.list('time').find((t) => scan.sentenceOf(t) === scan.sentenceOf(emoji));
  const aimed =
    call.kind === 'person' || call.kind === 'teacher' || call.kind === 'group' || call.kind === 'school';
  if (!aimed && !(call.kind === 'none' && time)) return undefined;
  const c = new Candidate(
    'threat',
    'high',
    emoji,
    'threat:weapon-emoji',
    `a weapon emoji aimed at someone ("${words(scan, emoji)}")`,
  );
  settleTarget(c, scan, call, { addressedByDefault: true });
  return c;
}

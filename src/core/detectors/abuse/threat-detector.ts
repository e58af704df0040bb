import type { AbuseDetectorSpec } from './abuse-detector.js';
import { Candidate } from './candidate.js';
import { allowedBy } from './context/allow-list.js';
import { applySpecificThreat, specifics } from './context/specific-threat.js';
import type { Hit, MessageScan } from './message-scan.js';
import { cuesOf, settleTarget, words } from './signals.js';
import { targetOf } from './target.js';

const PEOPLE = ['person', 'teacher', 'group', 'school'];

/**
 * Threats: a stated wish or intent to harm a person, their body, their property, or to
 * expose them; veiled threats count. `high`, `critical` when specific (see
 * specific-threat.ts). Three ways in:
 * - a threat phrase (`ik maak je af`, `ik weet waar je woont`, `je bent dood`, `ik zet
 *   die foto overal online`, `watch your back`);
 * - a harm verb (`steek`, `vermoorden`, `kill`, `blow up`) aimed at a person, group or
 *   the school, with intent: said to them, by the writer (`ik`, `we`), or as a wish or
 *   norm (`iemand zou hem moeten ...`, `someone should ...`);
 * - two weak signals together (`wacht maar` + `na school`, a weapon + a time and place,
 *   `pas maar op` + `als je alleen`), none of which is a threat on its own.
 * A thing (`ik schop die automaat kapot`) or the writer (`mijn moeder vermoordt me`)
 * as target, games, banter, quoting and negation leave it alone.
 */
export const threatSpec: AbuseDetectorSpec = {
  id: 'threat',
  category: 'threat',
  triggers: ['threats', 'harm-verbs', 'weapons', 'glorification'],
  propose(scan: MessageScan): Candidate[] {
    const out: Candidate[] = [];
    let mass = false;
    for (const h of scan.list('threats')) {
      const kind = h.entry.attrs.kind;
      if (kind === 'weak' || kind === 'wish') continue;
      // Exposing someone is a threat when it is an ultimatum or a promised consequence
      // (`als je niet betaalt`, `dan weet iedereen het`); otherwise it is bullying.
      if (kind === 'expose' && cuesOf(scan, 'threats', ['weak']).length === 0) continue;
      const c = new Candidate(
        'threat',
        h.entry.attrs.sev === 'critical' ? 'critical' : 'high',
        h,
        `threat:${kind}`,
        `${describe(kind)} ("${words(scan, h)}")`,
      );
      const call = targetOf(scan, h, { maxDistance: 8, ignoreSubjects: true });
      // Threats to someone's bike or photos are threats to its owner.
      if ((kind === 'property' || kind === 'expose') && (call.kind === 'object' || call.kind === 'none')) {
        c.target = 'person';
        c.note('property-of-person', 'aimed at what someone owns or at pictures of them');
      } else {
        settleTarget(c, scan, call, { addressedByDefault: true });
      }
      if (kind === 'mass') mass = true;
      out.push(c);
    }
    for (const h of scan.list('harm-verbs')) {
      const c = harmVerb(scan, h);
      if (!c) continue;
      if (h.entry.attrs.kind === 'explode' && (c.target === 'school' || c.target === 'group')) mass = true;
      out.push(c);
    }
    const bomb = bombPlot(scan);
    if (bomb) {
      mass = true;
      out.push(bomb);
    }
    const emulation = emulate(scan);
    if (emulation) {
      mass = true;
      out.push(emulation);
    }
    if (!out.some((c) => !c.isVetoed)) {
      const weak = weakCombination(scan);
      if (weak) out.push(weak);
    }
    for (const c of out) applySpecificThreat(c, scan, mass);
    return out;
  },
};

function harmVerb(scan: MessageScan, h: Hit): Candidate | undefined {
  const call = targetOf(scan, h, { maxDistance: 5, ignoreSubjects: true });
  if (call.kind === 'none') return undefined;
  const c = new Candidate(
    'threat',
    'high',
    h,
    'threat:harm-verb',
    `harm aimed at someone ("${words(scan, h)}")`,
  );
  if (call.kind === 'object' || call.kind === 'self') {
    settleTarget(c, scan, call, { addressedByDefault: false });
    return c;
  }
  const direct = call.note?.rule === 'second-person';
  const intent = direct || firstPersonIn(scan, h) || wishIn(scan, h);
  if (!intent) return undefined;
  settleTarget(c, scan, call, { addressedByDefault: false });
  if (!direct)
    c.note(
      firstPersonIn(scan, h) ? 'first-person' : 'wish-or-norm',
      firstPersonIn(scan, h) ? 'the writer says they will do it' : 'stated as a wish or a norm',
    );
  return c;
}

function firstPersonIn(scan: MessageScan, h: Hit): boolean {
  return scan
    .list('persons')
    .some(
      (p) => (p.entry.attrs.role === '1p' || p.entry.attrs.role === '1p-plural') && scan.sameClause(p, h),
    );
}

function wishIn(scan: MessageScan, h: Hit): boolean {
  return cuesOf(scan, 'threats', ['wish']).some((w) => scan.sentenceOf(w) === scan.sentenceOf(h));
}

/** `ik ga hetzelfde doen als die jongen in Finland, op onze school`: copying an attack on a school. */
function emulate(scan: MessageScan): Candidate | undefined {
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

/** Two weak signals (distinct lines) make a threat; one never does. */
function weakCombination(scan: MessageScan): Candidate | undefined {
  const weak = cuesOf(scan, 'threats', ['weak', 'wish']);
  const s = specifics(scan);
  const signals: Hit[] = [...weak];
  if (s.weapon) signals.push(s.weapon);
  if (s.time && s.place) signals.push(s.place);
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

/** `hoe je een bom maakt voor die moskee`: explosives and a place where people gather. */
function bombPlot(scan: MessageScan): Candidate | undefined {
  const bomb = cuesOf(scan, 'weapons', ['explosive']).find((b) => !allowedBy(scan, b));
  if (!bomb) return undefined;
  const place =
    scan.list('places').find((p) => scan.sentenceOf(p) === scan.sentenceOf(bomb)) ??
    scan
      .list('persons')
      .find((p) => p.entry.attrs.role === 'school' && scan.sentenceOf(p) === scan.sentenceOf(bomb));
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

function describe(kind: string | undefined): string {
  switch (kind) {
    case 'veiled':
      return 'veiled threat';
    case 'expose':
      return 'threatens to expose someone';
    case 'property':
      return 'threatens someone’s property';
    case 'stative':
      return 'tells someone they will be hurt';
    case 'mass':
      return 'threatens an attack';
    default:
      return 'threat of violence';
  }
}

import type { AbuseDetectorSpec } from './abuse-detector.js';
import { Candidate } from './candidate.js';
import { applySpecificThreat } from './context/specific-threat.js';
import type { Hit, MessageScan } from './message-scan.js';
import { cuesOf, settleTarget, words } from './signals.js';
import { targetOf } from './target.js';
import { bombPlot, emulate, weakCombination, weaponEmoji } from './threat-signals.js';

const SUBJECTS = new Set(['ik', 'k', 'we', 'wij', 'i', "i'm", 'im', "i'll", 'ill', "we'll", "we're", "i've"]);
const OBJECT_SELF = new Set(['me', 'mij', 'mezelf', 'myself', 'us', 'ons']);

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
  triggers: ['threats', 'harm-verbs', 'weapons', 'glorification:emulate'],
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
      if (forSomeone(scan, h)) {
        c.veto('benefactive', 'something is got or found for the person (`find you a seat`)');
        out.push(c);
        continue;
      }
      // A curated phrase may name a thing itself (`got your name on it`): only a thing right after counts.
      const thing = objectAt(scan, h, false);
      if (thing && kind !== 'property' && kind !== 'expose') {
        c.veto('object-target', `about a thing ("${words(scan, thing)}"), not a person`);
        out.push(c);
        continue;
      }
      // `ik breng mijn vaders geweer mee`: the writer's own things are not the target.
      let call = targetOf(scan, h, { maxDistance: 8, ignoreSubjects: true, ignoreSelf: true });
      // `de volgende die mij verraadt krijgt een kogel`: the writer is in a relative clause.
      if (call.kind === 'self' && RELATIVE.has(scan.token(call.at - 1)?.text ?? ''))
        call = { kind: 'none', adult: false, at: -1 };
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
      const weak = weakCombination(scan) ?? weaponEmoji(scan);
      if (weak) out.push(weak);
    }
    for (const c of out) applySpecificThreat(c, scan, mass);
    return out;
  },
};

function harmVerb(scan: MessageScan, h: Hit): Candidate | undefined {
  const c = new Candidate(
    'threat',
    'high',
    h,
    'threat:harm-verb',
    `harm aimed at someone ("${words(scan, h)}")`,
  );
  if (forSomeone(scan, h)) {
    c.veto('benefactive', 'something is done for the person (`cut you some slack`)');
    return c;
  }
  // `my mum will murder me`: someone harming the writer is a fear or a figure of speech.
  // `go hang yourself`: an urge to self-harm is the bullying detector's finding.
  if (YOURSELF.has(scan.token(h.last + 1)?.text ?? '')) return undefined;
  const after = [scan.token(h.last + 1)?.text, scan.token(h.last + 2)?.text];
  // `mijn vader slaat me dood`, `juf gaat ons vermoorden`: the writer is the one harmed.
  const around = [scan.token(h.first - 1)?.text];
  for (let i = h.first + 1; i < h.last; i++) around.push(scan.token(i)?.text);
  if ([...after, ...around].some((t) => t !== undefined && OBJECT_SELF.has(t))) {
    c.veto('self-target', 'about the writer, not a threat by them');
    return c;
  }
  const thing = objectAt(scan, h);
  if (thing) {
    c.veto('object-target', `about a thing ("${words(scan, thing)}"), not a person`);
    return c;
  }
  const call = targetOf(scan, h, { maxDistance: 5, ignoreSubjects: true });
  if (call.kind === 'none') return undefined;
  if (call.kind === 'object' || call.kind === 'self') {
    settleTarget(c, scan, call, { addressedByDefault: false });
    return c;
  }
  const direct = call.note?.rule === 'second-person';
  // Short verb forms (`sla`, `steek`) and split verbs (`maak ... af`) also mean harmless
  // things (`sla je werk op`, `ik maak hem morgen af`): only said to someone's face.
  if (h.entry.attrs.kind === 'particle' && !direct) return undefined;
  const byWriter = firstPersonIn(scan, h);
  if (!direct && !byWriter && !wishIn(scan, h)) return undefined;
  settleTarget(c, scan, call, { addressedByDefault: false });
  if (!direct) {
    c.note(
      byWriter ? 'first-person' : 'wish-or-norm',
      byWriter ? 'the writer says they will do it' : 'stated as a wish or a norm',
    );
  }
  return c;
}

const YOURSELF = new Set(['yourself', 'urself', 'jezelf', 'yourselves']);
const RELATIVE = new Set(['die', 'wie', 'dat', 'who', 'that', 'whoever']);
const YOU = new Set(['you', 'u', 'je', 'jou', 'jullie', 'ya']);
const GIVEN = new Set(['a', 'an', 'some', 'something', 'een', 'iets', 'wat', 'one', 'another']);

/** `I'll get you a coffee`, `we'll find you a seat`: `you` receives something. */
function forSomeone(scan: MessageScan, h: Hit): boolean {
  const you = YOU.has(scan.token(h.last)?.text ?? '') ? h.last : h.last + 1;
  return YOU.has(scan.token(you)?.text ?? '') && GIVEN.has(scan.token(you + 1)?.text ?? '');
}

/** The writer says they will do it: a subject pronoun (`ik`, `we`, `I'll`) in the clause. */
function firstPersonIn(scan: MessageScan, h: Hit): boolean {
  const clause = scan.token(h.first)?.clause;
  return scan.tokenList.some((t) => t.clause === clause && SUBJECTS.has(t.text));
}

function wishIn(scan: MessageScan, h: Hit): boolean {
  return cuesOf(scan, 'threats', ['wish']).some((w) => scan.sentenceOf(w) === scan.sentenceOf(h));
}

/** A thing inside the phrase or right after it (`maak je huiswerk af`, `ik sla je werk op`). */
function objectAt(scan: MessageScan, h: Hit, inside = true): Hit | undefined {
  const after = DETERMINERS.has(scan.token(h.last + 1)?.text ?? '') ? h.last + 2 : h.last + 1;
  // Dutch puts the verb last: `de powerpoint afmaken`, `die stomme kluis opblazen`.
  const before = h.first - 1;
  return scan
    .list('objects')
    .find(
      (o) => (inside && o.first >= h.first && o.last <= h.last) || o.first === after || o.last === before,
    );
}

const DETERMINERS = new Set([
  'je',
  'jouw',
  'de',
  'het',
  'die',
  'dat',
  'mijn',
  'zijn',
  'haar',
  'your',
  'the',
  'my',
  'his',
  'her',
  'that',
  'this',
]);

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

import type { Severity } from '../../categories.js';
import type { AbuseDetectorSpec } from './abuse-detector.js';
import { Candidate } from './candidate.js';
import type { Hit, MessageScan } from './message-scan.js';
import { cuesOf, words } from './signals.js';
import { type TargetCall, targetOf } from './target.js';

const OPENERS = ['image-request', 'meet', 'private'];
const PRESSURE = ['secrecy', 'age', 'gift', 'pet-name', 'flattery', 'alone'];

/**
 * Sexual content and grooming. Severity follows who it is about: a child (a pupil by
 * name, the person addressed, a girl or boy of the class) `critical`; an adult (a
 * parent, a teacher) `high`; porn with no one named `high`; innuendo with no one named
 * `medium`. Grooming is an opener (asking for images, a meeting, a private chat) with
 * pressure (secrecy, age talk, gifts, pet names, `alone at home`), `critical` whatever
 * words are used. Sex education and homonyms (`borstcrawl`, `blue tits`) stay quiet.
 */
export const sexualSpec: AbuseDetectorSpec = {
  id: 'sexual',
  category: 'sexual',
  triggers: [
    'sexual',
    'grooming:image-request',
    'grooming:meet',
    'grooming:private',
    'grooming:secrecy',
    'grooming:age',
    'grooming:alone',
    'grooming:gift',
  ],
  propose(scan: MessageScan): Candidate[] {
    const out: Candidate[] = [];
    const grooming = groomingCandidate(scan);
    if (grooming) out.push(grooming);
    for (const h of scan.list('sexual')) {
      const c = content(scan, h);
      if (c) out.push(c);
    }
    return out;
  },
};

function groomingCandidate(scan: MessageScan): Candidate | undefined {
  // Hints and words that need a second signal (`sev=low`) are no opener or support by themselves.
  const sexual = scan
    .list('sexual')
    .filter((h) => h.entry.attrs.sev !== 'mild' && h.entry.attrs.sev !== 'low');
  const openers = [
    ...cuesOf(scan, 'grooming', OPENERS),
    ...sexual.filter((h) => h.entry.attrs.kind === 'nude' || h.entry.attrs.kind === 'exposure'),
  ];
  let pressure = [...cuesOf(scan, 'grooming', PRESSURE), ...cuesOf(scan, 'threats', ['weak'])];
  // A pet name alone is how parents talk to their children; it needs a second pressure.
  if (pressure.every((p) => p.entry.attrs.kind === 'pet-name') && pressure.length < 2) pressure = [];
  const opener = openers[0] ?? secretPressure(scan) ?? twoSignals(scan);
  if (!opener) return undefined;
  // An image request is sexual with pressure, or with sexual words (`stuur ff een foto` + `hoe groot zijn die van jou`).
  const support = pressure[0] ?? sexual.find((h) => h !== opener && h.entry.attrs.kind !== 'innuendo');
  if (!support) return undefined;
  const c = new Candidate(
    'sexual',
    'critical',
    opener,
    'sexual:grooming',
    `grooming signals ("${words(scan, opener)}" + "${words(scan, support)}")`,
  );
  c.cover(support);
  const call = targetOf(scan, opener, { maxDistance: 10 });
  c.target = call.kind === 'group' ? 'group' : call.kind === 'self' ? 'self' : 'person';
  c.note(
    'grooming',
    'a request for images, a meeting or a private chat, with secrecy, gifts, age talk or pet names',
  );
  return c;
}

/**
 * Secrecy with flattery, age talk or pet names is grooming even before anything is asked
 * (`je bent volwassen voor je leeftijd, je kan me vertrouwen, wis dit gesprek`).
 */
function secretPressure(scan: MessageScan): Hit | undefined {
  const secrecy = cuesOf(scan, 'grooming', ['secrecy'])[0];
  if (!secrecy) return undefined;
  const other = cuesOf(scan, 'grooming', ['flattery', 'age', 'pet-name', 'alone']);
  return other.length > 0 ? secrecy : undefined;
}

const STRONG = ['secrecy', 'alone', 'age', 'meet', 'private', 'image-request', 'gift'];

/**
 * Two different grooming signals (`hoe oud ben je?` + `ben je alleen thuis?`) are enough;
 * so is age talk with flattery (`hoe oud ben je eigenlijk? je ziet er volwassen uit`).
 */
function twoSignals(scan: MessageScan): Hit | undefined {
  const hits = cuesOf(scan, 'grooming', STRONG);
  const kinds = new Set(hits.map((h) => h.entry.attrs.kind));
  if (kinds.size >= 2) return hits[0];
  const flattery = cuesOf(scan, 'grooming', ['flattery'])[0];
  return kinds.has('age') && flattery ? hits[0] : undefined;
}

function content(scan: MessageScan, h: Hit): Candidate | undefined {
  const kind = h.entry.attrs.kind ?? 'act';
  const sev = h.entry.attrs.sev;
  if (sev === 'mild') return undefined;
  // A hint (`als je snapt wat ik bedoel`) needs another sexual signal, such as 😏 or 🍆.
  if (sev === 'low' && kind !== 'exposure' && !scan.list('sexual').some((o) => o !== h)) return undefined;
  // Undressed or in the shower is sexual when filmed or photographed (`een filmpje van Isa onder de douche`)
  // or asked of the one addressed (`doe je shirt uit`); changing clothes (`sev=low`) only when filmed.
  if (kind === 'exposure' && !mediaNear(scan, h) && (sev === 'low' || !asked(scan, h))) return undefined;
  const offering = kind === 'nude' || kind === 'porn';
  const call =
    kind === 'desire'
      ? targetOf(scan, h, { maxDistance: 10, before: true, outside: true, ignoreSelf: true })
      : targetOf(scan, h, {
          maxDistance: 10,
          outside: kind === 'innuendo',
          ignoreSelf: !offering,
          // `een filmpje van haar terwijl ze zich omkleedt`: the film is the means, not the subject.
          ignoreObjects: kind === 'exposure',
        });
  const c = new Candidate('sexual', 'medium', h, `sexual:${kind}`, `sexual content ("${words(scan, h)}")`);
  if (call.kind === 'object') {
    c.veto('object-target', 'about a thing');
    return c;
  }
  if (call.kind === 'self' && kind !== 'nude' && kind !== 'porn') return undefined;
  // `laten we vanavond sexten`, `let's sext`: the writer and the one addressed.
  if (call.kind === 'none' && kind === 'act' && togetherWithAddressee(scan, h)) {
    c.severity = 'critical';
    c.target = 'person';
    c.note('second-person', 'proposed to the one addressed');
    c.note('child-involved', 'a pupil in a class group');
    return c;
  }
  const severity = severityFor(scan, kind, call);
  if (!severity) return undefined;
  c.severity = severity;
  if (call.kind !== 'none') {
    c.target =
      call.kind === 'teacher'
        ? 'teacher'
        : call.kind === 'self'
          ? 'self'
          : call.kind === 'group'
            ? 'group'
            : 'person';
    if (call.note) c.note(call.note.rule, call.note.why);
  }
  if (severity === 'critical')
    c.note(
      'child-involved',
      call.kind === 'self' ? 'a pupil offering sexual images of themselves' : 'about a child',
    );
  else if (call.adult) c.note('adult-target', 'about an adult');
  return c;
}

const TOGETHER = new Set(['we', 'wij', "let's", 'lets', 'laten']);

function togetherWithAddressee(scan: MessageScan, h: Hit): boolean {
  const sentence = scan.sentenceOf(h);
  return scan.tokenList.some((t) => t.sentence === sentence && TOGETHER.has(t.text));
}

function asked(scan: MessageScan, h: Hit): boolean {
  return targetOf(scan, h, { maxDistance: 6, ignoreSelf: true }).note?.rule === 'second-person';
}

function mediaNear(scan: MessageScan, h: Hit): boolean {
  return scan
    .list('grooming')
    .some(
      (g) =>
        (g.entry.attrs.kind === 'media' || g.entry.attrs.kind === 'image-request') &&
        scan.sentenceOf(g) === scan.sentenceOf(h),
    );
}

function severityFor(scan: MessageScan, kind: string, call: TargetCall): Severity | undefined {
  const someone =
    call.kind === 'person' || call.kind === 'group' || call.kind === 'teacher' || call.kind === 'school';
  const adult =
    call.adult ||
    call.kind === 'teacher' ||
    (call.note?.rule === 'second-person' && scan.context.groupType === 'staff');
  if (kind === 'innuendo') return someone ? (adult ? 'high' : 'critical') : 'medium';
  if (kind === 'desire') return someone ? (adult ? 'high' : 'critical') : 'medium';
  if (call.kind === 'self') return kind === 'nude' ? 'critical' : kind === 'porn' ? 'high' : 'medium';
  if (someone) return adult ? 'high' : 'critical';
  return kind === 'porn' || kind === 'nude' ? 'high' : 'medium';
}

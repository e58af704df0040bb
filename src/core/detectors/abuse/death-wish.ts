import { Candidate } from './candidate.js';
import type { Hit, MessageScan } from './message-scan.js';
import { cuesOf, words } from './signals.js';

const SELF = new Set(['ik', 'k', 'i', "i'm", 'im', "i'd", "i've", 'me', 'mij', 'mezelf', 'myself']);
const OTHERS = new Set([
  'je',
  'jij',
  'jou',
  'hij',
  'zij',
  'ze',
  'hem',
  'haar',
  'you',
  'he',
  'she',
  'him',
  'her',
  "he's",
  "she's",
  'they',
  'jullie',
]);
const MAX_GAP = 5;

/**
 * A death wish from its parts, so the many ways of saying it need no phrase each: a
 * wish (`wil`, `wou dat`, `was ik maar`, `I'd rather`, `hope`) and death or not
 * existing (`dood`, `sterven`, `er niet meer zijn`, `never been born`) in one sentence,
 * in either order (`dat ik dood wil`), with no negation between them (`ik wil niet
 * dood` is not one) and nobody else in between (`ik hoop dat hij doodgaat` is about
 * someone else). The wisher is the writer, or the child a report is about (`ze zei dat
 * ze dood wil`).
 */
export function deathWishes(scan: MessageScan): Candidate[] {
  const wants = cuesOf(scan, 'death-wish', ['want']);
  if (wants.length === 0) return [];
  const out: Candidate[] = [];
  for (const d of cuesOf(scan, 'death-wish', ['death'])) {
    const w = wants.find((x) => scan.sentenceOf(x) === scan.sentenceOf(d) && near(x, d));
    if (!w) continue;
    const [a, b] = w.first < d.first ? [w, d] : [d, w];
    if (between(scan, a, b).some((t) => NEGATION.has(t) || OTHERS.has(t))) continue;
    const who = wisher(scan, a);
    if (!who) continue;
    const c = new Candidate(
      'self_harm',
      'high',
      d,
      'self-harm:death-wish',
      `wishes to die ("${words(scan, { start: a.start, end: b.end })}")`,
    );
    c.cover(w);
    c.target = who;
    c.note(
      who === 'self' ? 'self-target' : 'named-person',
      who === 'self' ? 'the writer about themselves' : 'about another child at risk',
    );
    out.push(c);
  }
  return out;
}

const NEGATION = new Set(['niet', 'geen', 'nooit', 'not', 'never', "don't", 'dont', "didn't", 'no']);

function near(w: Hit, d: Hit): boolean {
  return d.first > w.last ? d.first - w.last - 1 <= MAX_GAP : w.first - d.last - 1 <= 1 && w.first > d.last;
}

function between(scan: MessageScan, a: Hit, b: Hit): string[] {
  const out: string[] = [];
  for (let i = a.last + 1; i < b.first; i++) out.push(scan.token(i)?.text ?? '');
  return out;
}

/** The writer (`ik` just before, or the wish says `ik`), or a child a report is about. */
function wisher(scan: MessageScan, first: Hit): 'self' | 'person' | undefined {
  const clause = scan.token(first.first)?.clause;
  for (let i = first.last; i >= 0 && i >= first.first - 6; i--) {
    const t = scan.token(i);
    if (!t || (t.clause !== clause && i < first.first)) break;
    if (SELF.has(t.text)) return 'self';
    if (OTHERS.has(t.text)) return reported(scan, i) ? 'person' : undefined;
  }
  return undefined;
}

/** `ze zei dat ze ...`, `my son says he ...`: a report verb before the pronoun. */
function reported(scan: MessageScan, pronoun: number): boolean {
  return scan.list('report-verbs').some((r) => r.last < pronoun && pronoun - r.last <= 4);
}

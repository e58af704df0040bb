import { Candidate } from './candidate.js';
import type { Hit, MessageScan } from './message-scan.js';
import { findNames } from './names.js';
import { hasCue, settleTarget, words } from './signals.js';
import { targetOf } from './target.js';

/**
 * Mockery and humiliation of a person: comparisons with animals (`lijkt net een paard`,
 * `like a pig`), ridicule emoji at someone (`🤡🤡` under a name), sarcasm (`denkt dat ze
 * mooi is`), polls of the ugliest, and spreading a humiliating moment (`vertel het aan
 * iedereen`, `someone film it`). Always needs a person in reach; emoji, spreading and
 * humiliating stories also need laughter or another put-down in the message, so a
 * lone 🤡 or `ik heb het gefilmd` stays quiet.
 */
export function mockeryCandidates(scan: MessageScan): Candidate[] {
  const out: Candidate[] = [];
  const laughing = hasCue(scan, 'laughter');
  const animals = scan.list('insults').filter((h) => h.entry.attrs.kind === 'animal');
  for (const h of scan.list('mockery')) {
    const kind = h.entry.attrs.kind;
    const c = new Candidate(
      'bullying',
      'medium',
      h,
      `bullying:mock-${kind}`,
      `mockery ("${words(scan, h)}")`,
    );
    if (kind === 'comparison') {
      const animal = animals.find((a) => a.first > h.last && a.first - h.last <= 2 && scan.sameClause(a, h));
      if (!animal) continue;
      c.cover(animal);
    } else if (
      (kind === 'emoji' || kind === 'spread' || kind === 'humiliation') &&
      !laughing &&
      !otherPutDown(scan, h)
    ) {
      continue;
    }
    const call = targetOf(scan, h, { maxDistance: kind === 'emoji' ? 6 : 10, ignoreObjects: true });
    // A vote (`wie is de lelijkste`) needs someone named, also after it (`? I vote Noah`):
    // `wie is het irritantst? ik!` is a joke about oneself.
    const voted = kind === 'vote' && call.kind === 'none' ? nameAfter(scan, h) : undefined;
    if (call.kind === 'none' && !voted) continue;
    if (voted) {
      c.target = 'person';
      c.note('named-person', 'someone is named as the answer to the vote');
      out.push(c);
      continue;
    }
    settleTarget(c, scan, call, {
      addressedByDefault: false,
      notFor: ['school'],
      identityIsHate: true,
    });
    out.push(c);
  }
  // An animal called to someone's face (`jij bent een varken`, `you pig`).
  for (const a of animals) {
    // `jouw hond loopt los`: an animal someone owns is just an animal.
    if (OWNED.has(scan.token(a.first - 1)?.text ?? '')) continue;
    const call = targetOf(scan, a, { maxDistance: 3 });
    if (call.note?.rule !== 'second-person' && call.note?.rule !== 'mention') continue;
    const c = new Candidate(
      'bullying',
      'medium',
      a,
      'bullying:animal',
      `called an animal ("${words(scan, a)}")`,
    );
    settleTarget(c, scan, call, { addressedByDefault: false });
    out.push(c);
  }
  return out;
}

const OWNED = new Set([
  'jouw',
  'je',
  'your',
  'ur',
  'mijn',
  'my',
  'zijn',
  'his',
  'haar',
  'her',
  'onze',
  'our',
]);

function otherPutDown(scan: MessageScan, h: Hit): boolean {
  for (const list of ['mockery', 'insults', 'bully-phrases'] as const) {
    for (const o of scan.list(list)) if (o !== h && o.entry.attrs.sev !== 'mild') return true;
  }
  return false;
}

function nameAfter(scan: MessageScan, h: Hit): number | undefined {
  for (const [at] of findNames(scan)) if (at > h.last) return at;
  return undefined;
}

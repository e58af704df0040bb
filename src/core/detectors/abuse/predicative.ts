import type { Hit, MessageScan } from './message-scan.js';

/** Words after an adjective that make it about a situation, not a person (`stom dat je niet kan`). */
const COMPLEMENT = new Set(['dat', 'om', 'van', 'voor', 'that', 'to', 'of', 'for', 'wanneer', 'als', 'when']);
/** Linking verbs: `jij bent dom`, `ze is zo lelijk`, `ik vind je stom`, `you're so ugly`. */
const COPULA = new Set([
  'is',
  'ben',
  'bent',
  'zijn',
  'was',
  'waren',
  'wordt',
  'word',
  'lijkt',
  'lijk',
  'blijft',
  'vind',
  'vindt',
  'voel',
  'doe',
  'doet',
  'are',
  'am',
  "you're",
  'youre',
  "he's",
  "she's",
  "they're",
  "it's",
  "i'm",
  'were',
  'seem',
  'seems',
  'look',
  'looks',
  'so',
  'such',
  'zo',
  "zo'n",
  'wat',
  'what',
  'how',
  'hoe',
  'jij',
  'you',
  'ur',
  'die',
  'that',
]);
const SKIPPABLE = new Set([
  'echt',
  'heel',
  'super',
  'erg',
  'best',
  'gewoon',
  'wel',
  'ook',
  'nog',
  'altijd',
  'really',
  'very',
  'just',
  'always',
  'a',
  'een',
  'de',
  'het',
  'the',
  'zo',
  'so',
  'te',
  'too',
  'nogal',
  'totaal',
  'totally',
  'extreem',
  'mega',
  'kei',
  'kanker',
  'kk',
]);

/**
 * An insulting adjective is about a person when it is predicated of them (`jij bent
 * dom`, `ze is zo lelijk`) or modifies a person word (`die domme jongen`); `raar
 * reageert` (how someone acts) or `stom dat je niet kan komen` (a situation) is not.
 */
export function predicative(scan: MessageScan, h: Hit): boolean {
  const next = scan.token(h.last + 1);
  const same = (i: number) => scan.token(i)?.clause === scan.token(h.first)?.clause;
  if (next && same(h.last + 1) && COMPLEMENT.has(next.text)) return false;
  for (let i = h.first - 1, seen = 0; i >= 0 && seen < 4 && same(i); i--) {
    const t = scan.token(i)?.text ?? '';
    if (COPULA.has(t)) return true;
    if (!SKIPPABLE.has(t)) seen++;
  }
  // Attributive: the next word is a person word or an insult (`die domme jongen`, `stomme idioot`).
  return (
    !!next &&
    same(h.last + 1) &&
    scan.hits.some(
      (x) =>
        x.first === h.last + 1 &&
        (x.entry.list === 'persons' || x.entry.list === 'insults' || x.entry.list === 'names'),
    )
  );
}

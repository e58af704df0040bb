import type { Hit, MessageScan } from './message-scan.js';

/** Words that may stand between a group and what is said of it (`Polen zijn gewoon echt lui`). */
const LINKS = new Set([
  'zijn',
  'is',
  'are',
  'were',
  'waren',
  'allemaal',
  'all',
  'gewoon',
  'just',
  'echt',
  'really',
  'so',
  'zo',
  'erg',
  'heel',
  'very',
  'ook',
  'also',
  'always',
  'altijd',
  'vaak',
  'often',
  'meestal',
  'usually',
  'totaal',
  'totally',
  'een',
  'a',
  'an',
  'de',
  'the',
  'stelletje',
  'stel',
  'bunch',
  'of',
  'van',
  'nou',
  'eenmaal',
  'toch',
  'nu',
  'nog',
  'zoveel',
  'veel',
  'much',
  'more',
  'meer',
  'super',
  'mega',
  'kanker',
  'fucking',
  'bloody',
  'such',
  "they're",
  'ze',
  'they',
  'die',
  'those',
  'these',
  'deze',
  'alle',
  'net',
  'like',
  'als',
]);

/**
 * Whether a run-down word is said of a protected group as a whole: in a predicate
 * (`Polen zijn lui`, `immigrants are a burden`), attributively (`luie Polen`, `dirty
 * immigrants`), or as what the group does (`Marokkanen stelen`, `immigrants steal`).
 * Only link words may stand between them, so `moslims hebben het slecht in dat land`
 * and `vluchtelingen zijn vaak slachtoffer van geweld` are left alone.
 */
export function saidOfGroup(scan: MessageScan, group: Hit, word: Hit): boolean {
  if (scan.sentenceOf(group) !== scan.sentenceOf(word)) return false;
  if (word.first === group.last + 1 || word.last === group.first - 1) return true;
  if (word.first < group.first)
    return onlyLinks(scan, word.last + 1, group.first) && word.entry.attrs.kind === 'adj';
  return onlyLinks(scan, group.last + 1, word.first);
}

function onlyLinks(scan: MessageScan, from: number, to: number): boolean {
  if (to - from > 5) return false;
  for (let i = from; i < to; i++) if (!LINKS.has(scan.token(i)?.text ?? '')) return false;
  return true;
}

import type { MessageScan } from './message-scan.js';

/** How a token was recognised as a person's name. */
export type NameEvidence = 'mention' | 'member' | 'teacher-name' | 'known-name' | 'capitalised';

/** Words after which a capitalised sentence opener is most likely a name (`Ruben is zo dom`). */
const NAME_VERBS = new Set([
  'is',
  'heeft',
  'zegt',
  'zei',
  'ga',
  'gaat',
  'was',
  'kan',
  'moet',
  'zit',
  'doet',
  'denkt',
  'stinkt',
  'lijkt',
  'has',
  'thinks',
  'says',
  'said',
  'looks',
  'smells',
  'cried',
  'can',
  'should',
  'needs',
  'go',
  'stop',
  'je',
  'jij',
]);

/**
 * Token indexes that name a person: an `@mention`, a member's display name, a teacher's
 * name, a common first name (`names` lexicon; ambiguous ones such as `Ben` or `Roos`
 * only when capitalised), or a capitalised word in mid-sentence that no lexicon
 * explains. A name in a clause makes an insult personal (`named-person`).
 */
export function findNames(scan: MessageScan): Map<number, NameEvidence> {
  const found = new Map<number, NameEvidence>();
  const tokens = scan.tokenList;
  const explained = new Set<number>();
  for (const h of scan.hits) {
    if (h.entry.list === 'names') continue;
    // A gapped line (`doe alsof ... niet bestaat`) explains its words, not its gaps.
    if (h.entry.term.includes(' ... ')) {
      explained.add(h.first);
      explained.add(h.last);
      continue;
    }
    for (let t = h.first; t <= h.last; t++) explained.add(t);
  }
  for (const h of scan.list('names')) {
    if (h.entry.attrs.cap === 'yes' && !scan.capitalised(h.first)) continue;
    if (!explained.has(h.first)) found.set(h.first, 'known-name');
  }
  const { memberNames, teacherNames, mentions } = scan.context;
  const firstWords = new Set(memberNames.map((n) => n.split(/\s+/)[0]).filter(Boolean));
  const teacherWords = new Set(teacherNames.flatMap((n) => n.split(/\s+/)).filter((w) => w.length > 2));
  const mentioned = new Set(mentions.map((m) => m.toLowerCase().replace(/^@/, '')));
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok || tok.symbol) continue;
    if (scan.value[tok.start - 1] === '@' || mentioned.has(tok.text)) found.set(i, 'mention');
    else if (teacherWords.has(tok.text)) found.set(i, 'teacher-name');
    else if (firstWords.has(tok.text)) found.set(i, 'member');
    else if (!found.has(i) && !explained.has(i) && !scan.notNames.has(tok.text) && looksLikeName(scan, i)) {
      found.set(i, 'capitalised');
    }
  }
  return found;
}

function looksLikeName(scan: MessageScan, i: number): boolean {
  const tok = scan.tokenList[i];
  if (!tok || tok.text.length < 2 || /\d/.test(tok.text) || !scan.capitalised(i)) return false;
  // A word in capitals throughout is shouting or an acronym, not a name.
  const original = scan.text.original.slice(
    scan.text.toOriginal(tok.start),
    scan.text.toOriginalEnd(tok.end),
  );
  if (original.length > 1 && original === original.toUpperCase()) return false;
  const prev = scan.tokenList[i - 1];
  const opensSentence = !prev || prev.sentence !== tok.sentence;
  if (!opensSentence) return true;
  const next = scan.tokenList[i + 1];
  return next !== undefined && next.sentence === tok.sentence && NAME_VERBS.has(next.text);
}

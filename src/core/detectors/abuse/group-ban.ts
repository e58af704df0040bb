import type { Hit, MessageScan } from './message-scan.js';

/** `geen`, `no` right before the group: the group is banned, not negated. */
const BAN = new Set(['geen', 'no']);
/** Words that may open a ban before `geen`/`no` (`wij willen hier geen ...`, `please, no ...`). */
const OPENERS = new Set([
  'wij',
  'we',
  'ik',
  'i',
  'willen',
  'wil',
  'want',
  'hier',
  'here',
  'echt',
  'gewoon',
  'liever',
  'dus',
  'en',
  'maar',
  'please',
  'pls',
  'alsjeblieft',
  'aub',
  'and',
  'so',
  'just',
  'absolutely',
  'zeker',
]);
const WANT = new Set(['willen', 'wil', 'want']);
/** After the group: where it is banned from, or that it is not allowed. */
const WHERE = new Set([
  'in',
  'op',
  'bij',
  'naast',
  'hier',
  'toegestaan',
  'welkom',
  'meer',
  'at',
  'on',
  'near',
  'around',
  'here',
  'allowed',
  'welcome',
  'please',
  'anymore',
]);
/** Nouns after an identity adjective (`geen zwarte kinderen`, `no gay people`). */
const PEOPLE = new Set([
  'kinderen',
  'kids',
  'mensen',
  'people',
  'leerlingen',
  'pupils',
  'students',
  'jongens',
  'meisjes',
  'boys',
  'girls',
  'families',
  'gezinnen',
  'ouders',
  'parents',
  'leraren',
  'teachers',
  'buren',
  'neighbours',
  'neighbors',
]);

/**
 * A protected group banned from a place: `geen moslims in onze klas`, `wij willen hier
 * geen buitenlanders`, `No gay people allowed in my house`. Only a ban: `geen`/`no` right
 * before the group, opened by nothing but the one who bans (`wij willen hier`), and
 * followed by a place, `hier`, or `allowed`/`welkom` (or wished: `we willen geen ...`). A statement of fact has a verb of
 * its own (`er zitten geen moslims in onze klas`), and `geen telefoons in de klas` names
 * no group. Returns the span from the ban word to the group (or the noun after it).
 */
export function groupBan(scan: MessageScan, group: Hit): { first: number; last: number } | undefined {
  const f = group.entry.attrs.form;
  if (f !== 'plural' && f !== 'adj') return undefined;
  const ban = scan.token(group.first - 1);
  if (!ban || !BAN.has(ban.text)) return undefined;
  const clause = ban.clause;
  let wanted = false;
  for (let i = group.first - 2; i >= 0; i--) {
    const t = scan.token(i);
    if (!t || t.clause !== clause) break;
    if (!OPENERS.has(t.text)) return undefined;
    wanted ||= WANT.has(t.text);
  }
  let last = group.last;
  // `geen zwarte kinderen`: an adjective names the group only with people after it.
  if (f === 'adj') {
    const noun = scan.token(last + 1);
    if (!noun || noun.clause !== clause || !PEOPLE.has(noun.text)) return undefined;
    last++;
  }
  // `wij willen hier geen buitenlanders`: a wish needs no place.
  const next = scan.token(last + 1);
  const ends = next === undefined || next.clause !== clause;
  const placed = !ends && WHERE.has(next.text);
  // `wij willen geen moslims of christenen voortrekken`: the group is the object of another verb.
  if (!placed && !(wanted && ends)) return undefined;
  return { first: group.first - 1, last };
}

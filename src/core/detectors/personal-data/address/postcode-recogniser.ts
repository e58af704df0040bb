import type { Recogniser } from '../hit-sink.js';
import type { MessageScan } from '../scan/message-scan.js';
import { type PostcodeMatch, postcodesOf } from './postcodes.js';

const CONTEXT_GAP = 40;
/** Short words that follow a number in lower case far more often than a postcode does (`2015 en 2016`). */
const WORDS = new Set(
  (
    'en in op om of is te ik je ze we al nu er de da di wo do vr za zo ma ok tv pc ns ja na ' +
    'an as at be by go he if it me my no on or so to up us hi oh'
  ).split(' '),
);

/**
 * Whether a postcode-shaped stretch is a postcode: capitals (`1234 AB`) or written
 * together (`3011xb`) are; `1062 bt` in small letters only after a postcode or address
 * word, since four digits and a short word are common (`2015 en 2016`).
 */
export function isPostcode(scan: MessageScan, p: PostcodeMatch): boolean {
  if (p.capitals || !p.spaced) return true;
  if (WORDS.has(p.letters)) return false;
  const start = scan.text.plain.toOriginal(p.start);
  return (
    scan.contextBefore('postcode', start, CONTEXT_GAP) !== undefined ||
    scan.contextBefore('address', start, CONTEXT_GAP) !== undefined
  );
}

/**
 * Dutch postcodes on their own (`1234 AB`, `3011XB`; a full address is the address
 * recogniser's and claimed before this runs). A postcode narrows a home down to a few
 * houses. Rule: `nl-postcode`.
 */
export const postcodeRecogniser: Recogniser = ({ scan }, sink) => {
  for (const p of postcodesOf(scan)) {
    if (sink.full) return;
    if (!isPostcode(scan, p)) continue;
    sink.report({ kind: 'postcode', rule: 'nl-postcode', ...scan.plainSpan(p.start, p.end) });
  }
};

import type { Recogniser } from '../hit-sink.js';
import type { MessageScan, TermHit } from '../scan/message-scan.js';
import { postcodesOf } from './postcodes.js';
import { streetStart, townAfter } from './street-name.js';

/** A house number after a street: `12`, `5b`, `3 b`, `12-2`, `112`. */
const HOUSE = / {1,2}[1-9][0-9]{0,3}(?:[ -]?[a-z](?![a-z]))?(?:-[0-9]{1,3})?(?![0-9a-z])/y;
/** English order: `12 Baker Street` (number, one to three name words, street type). */
const EN_BEFORE = /(?<![0-9a-z])[1-9][0-9]{0,3}[a-z]? (?:[a-z'-]{2,20} ){1,3}$/;
const CONTEXT_GAP = 40;
const POSTCODE_GAP = 3;

/**
 * Home addresses: a street (a name ending in a street suffix from the lexicon, such as
 * `Dorpsstraat`, `Kastanjehof`; in English `12 Baker Street`) with a house number. With
 * a postcode it is a full postal address whatever the words around it; a street and
 * number alone count only after an address word (`ik woon op de Dorpsstraat 12`,
 * `adres: Kerklaan 5b`, `bij ons thuis, Lindelaan 14`), since streets also name meeting
 * points and shops. Rules: `nl-address-full`, `nl-address`, `en-address`.
 */
export const addressRecogniser: Recogniser = ({ scan }, sink) => {
  if (!scan.hasDigit) return;
  for (const street of scan.streets) {
    if (sink.full) return;
    const found = street.term.term.startsWith('*')
      ? dutchAddress(scan, street)
      : englishAddress(scan, street);
    if (found) sink.report({ kind: 'postal_address', ...found });
  }
};

interface Found {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

function dutchAddress(scan: MessageScan, street: TermHit): Found | undefined {
  const suffix = street.term.term.length - 1;
  if (street.vEnd - street.vStart < suffix + 2) return undefined; // `weg 5` is not a street
  const afterStreet = scan.plainIndexAt(street.end);
  HOUSE.lastIndex = afterStreet;
  const house = HOUSE.exec(scan.plain);
  if (!house) return undefined;
  const numberEnd = afterStreet + house[0].length;
  if (scan.contextAfter('unit', scan.text.plain.toOriginalEnd(numberEnd), 2)) return undefined; // `veld 2 straten`
  const postcode = postcodesOf(scan).find(
    (p) =>
      p.start >= numberEnd &&
      p.start - numberEnd <= POSTCODE_GAP &&
      /^[ ,]*$/.test(scan.plain.slice(numberEnd, p.start)),
  );
  const start = streetStart(scan, street);
  const hasContext = scan.contextBefore('address', start, CONTEXT_GAP, true) !== undefined;
  if (!postcode && !hasContext) return undefined;
  const lastEnd = townAfter(scan, postcode ? postcode.end : numberEnd, postcode !== undefined);
  return {
    start,
    end: scan.text.plain.toOriginalEnd(lastEnd),
    rule: postcode ? 'nl-address-full' : 'nl-address',
  };
}

function englishAddress(scan: MessageScan, street: TermHit): Found | undefined {
  const streetAt = scan.plainIndexAt(street.start);
  const window = scan.plain.slice(Math.max(0, streetAt - 64), streetAt);
  const m = EN_BEFORE.exec(window);
  if (!m) return undefined;
  const from = streetAt - window.length + m.index;
  const names = m[0]
    .slice(m[0].indexOf(' ') + 1)
    .trim()
    .split(' ');
  let at = from + m[0].indexOf(' ') + 1;
  for (const name of names) {
    const o = scan.text.plain.toOriginal(at);
    const c = scan.original[o] ?? '';
    if (c === c.toLowerCase()) return undefined; // names of streets are capitalised in English
    at += name.length + 1;
  }
  const start = scan.text.plain.toOriginal(from);
  if (!scan.contextBefore('address', start, CONTEXT_GAP)) return undefined;
  return { start, end: street.end, rule: 'en-address' };
}

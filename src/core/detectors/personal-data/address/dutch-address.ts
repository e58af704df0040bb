import type { MessageScan, TermHit } from '../scan/message-scan.js';
import { type PostcodeMatch, postcodesOf } from './postcodes.js';
import { streetStart, townAfter } from './street-name.js';

/** A house number after a street: `12`, `5b`, `3 b`, `12-2`, `112`. */
const HOUSE = / {1,2}[1-9][0-9]{0,3}(?:[ -]?[a-z](?![a-z]))?(?:-[0-9]{1,3})?(?![0-9a-z])/y;
const BETWEEN = /^[ ,]{1,3}$/;
const NUMBER_BEFORE = /(?<![0-9a-z])[1-9][0-9]{0,3}[a-z]? $/;
const CONTEXT_GAP = 40;
const POSTCODE_GAP = 3;

/** An address found by a recogniser: original span and rule. */
export interface FoundAddress {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

/** `Dorpsstraat 12`, `Kerklaan 5b, 1234 AB Dorp`, `Burgemeester de Withstraat 44 in Houten`, `7 Meerweg`. */
export function dutchAddress(scan: MessageScan, street: TermHit): FoundAddress | undefined {
  const suffix = street.term.term.length - 1;
  if (street.vEnd - street.vStart < suffix + 2) return undefined; // `weg 5` is no street
  const afterStreet = scan.plainIndexAt(street.end);
  HOUSE.lastIndex = afterStreet;
  const house = HOUSE.exec(scan.plain);
  if (!house) return numberFirst(scan, street, afterStreet);
  const numberEnd = afterStreet + house[0].length;
  if (scan.contextAfter('unit', scan.text.plain.toOriginalEnd(numberEnd), 2)) return undefined; // `veld 2 straten`
  const postcode = postcodeRightAfter(scan, numberEnd);
  const start = streetStart(scan, street);
  const hasContext = scan.contextBefore('address', start, CONTEXT_GAP, true) !== undefined;
  if (!postcode && !hasContext) return undefined;
  const end = townAfter(scan, postcode ? postcode.end : numberEnd, postcode !== undefined);
  return {
    start,
    end: scan.text.plain.toOriginalEnd(end),
    rule: postcode ? 'nl-address-full' : 'nl-address',
  };
}

/** `Mr Patel lives at 7 Meerweg in Wassenaar`: English word order around a Dutch street, after an address word. */
function numberFirst(scan: MessageScan, street: TermHit, afterStreet: number): FoundAddress | undefined {
  const streetAt = scan.plainIndexAt(street.start);
  const before = NUMBER_BEFORE.exec(scan.plain.slice(Math.max(0, streetAt - 8), streetAt));
  if (!before) return undefined;
  const start = scan.text.plain.toOriginal(streetAt - before[0].length);
  if (!scan.contextBefore('address', start, CONTEXT_GAP)) return undefined;
  return {
    start,
    end: scan.text.plain.toOriginalEnd(townAfter(scan, afterStreet, false)),
    rule: 'nl-address',
  };
}

/** The postcode starting within a few spaces or a comma after `from` (binary search over the postcodes). */
function postcodeRightAfter(scan: MessageScan, from: number): PostcodeMatch | undefined {
  const list = postcodesOf(scan);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as PostcodeMatch).start < from) lo = mid + 1;
    else hi = mid;
  }
  const p = list[lo];
  if (!p || p.start - from > POSTCODE_GAP || !BETWEEN.test(scan.plain.slice(from, p.start))) return undefined;
  return p;
}

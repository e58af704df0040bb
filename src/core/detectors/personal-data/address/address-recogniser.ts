import type { Recogniser } from '../hit-sink.js';
import { dutchAddress } from './dutch-address.js';
import { englishAddress } from './english-address.js';

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

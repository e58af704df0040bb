import { getCountrySpecifications } from 'ibantools';
import type { Recogniser } from '../hit-sink.js';
import { organisationNamedAfter } from '../target.js';
import { isValidIban } from '../validators/iban-check.js';

/** Country code and check digits at the start of a word: `nl91`, `nl 91`, `be68`. */
const START = /(?<![a-z0-9])[a-z]{2} ?[0-9]{2}/g;
const MAX_IBAN = 34;
const SPECS = getCountrySpecifications();

/** How long an IBAN of country `cc` is (0 when ibantools knows no IBAN for it). */
function ibanLength(cc: string): number {
  return SPECS[cc.toUpperCase()]?.chars ?? 0;
}

/**
 * IBANs, compact (`NL91ABNA0417164300`) or in groups (`NL91 ABNA 0417 1643 00`), only
 * when the country's length and the mod-97 check (ibantools) pass: a bank account
 * number is enough to take money by direct debit. The characters after the start are
 * read once, up to 34, and only the cut that has the country's exact length is checked,
 * so hostile input stays linear. An account held by an organisation (`t.n.v. Stichting
 * Ouderraad`) is vetoed. Rule: `iban`.
 */
export const ibanRecogniser: Recogniser = ({ scan }, sink) => {
  const s = scan.plain;
  if (!scan.hasDigit) return;
  START.lastIndex = 0;
  for (let m = START.exec(s); m && !sink.full; m = START.exec(s)) {
    const want = ibanLength(m[0].slice(0, 2));
    if (want === 0) continue;
    const end = cutAtLength(s, m.index, want);
    if (end < 0) continue;
    const written = s.slice(m.index, end);
    if (!isValidIban(written.replace(/[\s.-]/g, ''))) continue;
    const span = scan.plainSpan(m.index, end);
    sink.report({
      kind: 'iban',
      rule: 'iban',
      ...span,
      ...(organisationNamedAfter(scan, span.end) ? { owner: 'organisation' as const } : {}),
    });
    START.lastIndex = end;
  }
};

function isAlnum(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
}

/**
 * Where the IBAN starting at `from` ends if it has exactly `want` letters and digits,
 * separated at most by single spaces, dashes or dots, and is not glued to more; or -1.
 */
function cutAtLength(s: string, from: number, want: number): number {
  let count = 0;
  let i = from;
  while (i < s.length && count < MAX_IBAN) {
    const c = s[i];
    if (isAlnum(c)) {
      count++;
      i++;
      if (count === want) return isAlnum(s[i]) ? -1 : i;
    } else if ((c === ' ' || c === '-' || c === '.') && isAlnum(s[i + 1]) && count > 0) {
      i++;
    } else {
      return -1;
    }
  }
  return -1;
}

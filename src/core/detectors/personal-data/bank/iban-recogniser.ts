import { getCountrySpecifications } from 'ibantools';
import type { Recogniser } from '../hit-sink.js';
import { type DigitGroup, isDigitAt, isLetterAt, type NumberRun } from '../scan/number-runs.js';
import { organisationNamedAfter, ownerBefore } from '../target.js';
import { isValidIban } from '../validators/iban-check.js';

const MAX_IBAN = 34;
const AMOUNT = /€|\beur(?:o|os)?\b/i;
const AMOUNT_WINDOW = 30;
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
 * so hostile input stays linear. Candidates come from the number runs: the check digits
 * are the first digits after the country code. An account held by an organisation (`t.n.v. Stichting
 * Ouderraad`) is vetoed. Rule: `iban`.
 */
export const ibanRecogniser: Recogniser = ({ scan, runs }, sink) => {
  const s = scan.plain;
  let consumed = 0;
  for (const run of runs) {
    if (sink.full) return;
    const from = countryCodeBefore(s, run);
    if (from < consumed || from < 0) continue;
    const want = ibanLength(s.slice(from, from + 2));
    const end = want === 0 ? -1 : cutAtLength(s, from, want);
    if (end < 0 || !isValidIban(s.slice(from, end).replace(/[\s.-]/g, ''))) continue;
    const span = scan.plainSpan(from, end);
    const owner = organisationNamedAfter(scan, span.end)
      ? 'organisation'
      : ownerBefore(scan, span.start, amountBefore(scan.original, span.start) ? 'self' : 'person');
    sink.report({ kind: 'iban', rule: 'iban', ...span, owner });
    consumed = end;
  }
};

/**
 * Where an IBAN whose check digits open `run` starts: two letters right before them
 * (`nl91`) or with one space (`nl 91`), at the start of a word; -1 when there are none.
 */
function countryCodeBefore(s: string, run: NumberRun): number {
  const first = run.groups[0] as DigitGroup;
  if (run.plus || first.spelled || first.digits.length < 2) return -1;
  const at = s[first.start - 1] === ' ' ? first.start - 3 : first.start - 2;
  if (at < 0 || !isLower(s[at]) || !isLower(s[at + 1]) || isLetterAt(s, at - 1) || isDigitAt(s, at - 1))
    return -1;
  return at;
}

/** `€5 each to NL..`, `5 euro p.p. naar NL..`: whoever asks for money gives their own account. */
function amountBefore(original: string, start: number): boolean {
  return AMOUNT.test(original.slice(Math.max(0, start - AMOUNT_WINDOW), start));
}

function isLower(c: string | undefined): boolean {
  return c !== undefined && c >= 'a' && c <= 'z';
}

function isAlnum(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
}

/**
 * Where the IBAN starting at `from` ends if it has exactly `want` letters and digits,
 * written compact or in the printed groups of four (the country code and the check
 * digits may also stand apart: `NL 91 ABNA ...`), split by single spaces, dashes or
 * dots, and is not glued to more; or -1.
 */
function cutAtLength(s: string, from: number, want: number): number {
  let count = 0;
  let chunk = 0;
  let i = from;
  while (i < s.length && count < MAX_IBAN) {
    const c = s[i];
    if (isAlnum(c)) {
      count++;
      chunk++;
      i++;
      if (count === want) return isAlnum(s[i]) ? -1 : i;
    } else if ((c === ' ' || c === '-' || c === '.') && isAlnum(s[i + 1]) && count > 0) {
      if (chunk !== 4 && count !== 2 && count !== 4) return -1;
      chunk = 0;
      i++;
    } else {
      return -1;
    }
  }
  return -1;
}

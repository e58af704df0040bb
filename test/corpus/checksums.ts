/**
 * Checksums that separate a real-looking identifier from a random digit run: the BSN
 * 11-check, IBAN mod-97 and Luhn. The corpus uses them twice: the schema test insists
 * that every line labelled `bsn`, `iban` or `credit_card` carries a number that passes,
 * and the `make*` helpers let whoever adds lines invent valid numbers instead of
 * copying real ones. Invalid look-alikes are deliberate traps.
 */

/** Dutch BSN 11-check: 9*d1 + 8*d2 + ... + 2*d8 - d9 is a multiple of 11 (and not 0). */
export function isValidBsn(candidate: string): boolean {
  const digits = candidate.replace(/[\s.]/g, '');
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum !== 0 && sum % 11 === 0;
}

/** ISO 13616 mod-97 on any IBAN (spaces allowed); checks the length for NL (18). */
export function isValidIban(candidate: string): boolean {
  const iban = candidate.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  if (iban.startsWith('NL') && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(iban)) return false;
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/** Luhn check for payment card numbers of 13 to 19 digits (spaces and dashes allowed). */
export function isValidLuhn(candidate: string): boolean {
  const digits = candidate.replace(/[\s-]/g, '');
  if (!/^\d{13,19}$/.test(digits)) return false;
  return luhnSum(digits) % 10 === 0;
}

/** Digit runs that could be a BSN: 9 digits, optionally grouped 4.2.3 or 3.3.3. */
export function bsnCandidates(text: string): string[] {
  return text.match(/(?<![\d.])(?:\d{9}|\d{4}[ .]\d{2}[ .]\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?![\d.])/g) ?? [];
}

/** Strings that could be an IBAN: two letters, two digits, then groups (spaces allowed). */
export function ibanCandidates(text: string): string[] {
  return text.match(/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/gi) ?? [];
}

/** Runs of 13 to 19 digits, optionally grouped by spaces or dashes. */
export function cardCandidates(text: string): string[] {
  return text.match(/(?<!\d)\d{4}(?:[ -]?\d{3,4}){2,4}(?!\d)/g) ?? [];
}

/** A valid BSN from a random source in [0, 1). */
export function makeBsn(random: () => number): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, i) =>
      i === 0 ? 1 + Math.floor(random() * 8) : Math.floor(random() * 10),
    );
    const sum = digits.reduce((acc, d, i) => acc + (9 - i) * d, 0);
    const last = sum % 11;
    if (last <= 9) return digits.join('') + String(last);
  }
}

/** A valid Dutch IBAN (NLkk BANK 0123456789) for the given four-letter bank code. */
export function makeNlIban(random: () => number, bank: string): string {
  const account = Array.from({ length: 10 }, () => Math.floor(random() * 10)).join('');
  const check = 98 - mod97(`${bank}${account}NL00`);
  return `NL${String(check).padStart(2, '0')}${bank}${account}`;
}

/** A Luhn-valid 16-digit number starting with 4 (Visa-shaped), grouped by four. */
export function makeCardNumber(random: () => number): string {
  const body = `4${Array.from({ length: 14 }, () => Math.floor(random() * 10)).join('')}`;
  const check = (10 - (luhnSum(`${body}0`) % 10)) % 10;
  return `${body}${check}`.replace(/(\d{4})(?=\d)/g, '$1 ');
}

function mod97(alnum: string): number {
  let rest = 0;
  for (const ch of alnum) {
    const value = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of value) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest;
}

function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum;
}

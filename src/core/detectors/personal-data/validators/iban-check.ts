import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

/**
 * An IBAN is personal data only when it is a real one: the country's length and BBAN
 * format and the ISO 7064 mod-97 check digits, all as ibantools knows them. Accepts
 * any spacing or case (`NL91 ABNA 0417 1643 00`, `nl91abna0417164300`).
 */
export function isValidIban(written: string): boolean {
  const compact = electronicFormatIBAN(written);
  return compact !== null && compact.length >= 15 && isValidIBAN(compact);
}

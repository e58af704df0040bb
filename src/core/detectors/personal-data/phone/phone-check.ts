import { type NumberType, parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** A phone number as libphonenumber-js (full metadata) reads it. */
export interface PhoneCheck {
  readonly e164: string;
  readonly country: string | undefined;
  readonly type: NumberType;
  /** In an issued range of the numbering plan (not only the right length). */
  readonly valid: boolean;
}

/**
 * Read a written phone number against the real numbering plans (no home-made rules:
 * ranges change, and the library tracks them). Numbers without a country code are read
 * as Dutch, the groups' home country. Returns undefined when the number cannot even have
 * the length of a number in its country; `valid` says whether its range is issued.
 */
export function checkPhone(written: string): PhoneCheck | undefined {
  const parsed = parsePhoneNumberFromString(written, 'NL');
  if (!parsed?.isPossible()) return undefined;
  const valid = parsed.isValid();
  return { e164: parsed.number, country: parsed.country, type: valid ? parsed.getType() : undefined, valid };
}

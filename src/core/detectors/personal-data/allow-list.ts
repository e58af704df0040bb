import type { PersonalDataKind } from '../../categories.js';
import { checkPhone } from './phone/phone-check.js';

const PUNCT = /[\s.,\-()/:;]+/g;

/** Lower case without spaces and punctuation: `Kerklaan 5, 1234 AB` -> `kerklaan51234ab`. */
export function canonical(s: string): string {
  return s.toLowerCase().replace(PUNCT, '');
}

/**
 * The group's own public data (the school's phone number, e-mail, address, IBAN for
 * trips), which may be posted freely (ARCHITECTURE rule 2: allow-lists veto overlapping
 * hits). Phone numbers compare as E.164 or digits, so `020-123 45 67`, `0201234567`
 * and `+31 20 1234567` are one entry; everything else compares in lower case without
 * spacing, and an address also matches when one contains the other (`Kerklaan 5` and
 * `Kerklaan 5, 1234 AB Dorp`).
 */
export class AllowList {
  private readonly phones = new Set<string>();
  private readonly texts: string[] = [];

  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const text = canonical(entry);
      if (text) this.texts.push(text);
      const digits = entry.replace(/[^0-9]/g, '');
      if (digits.length >= 6 && /^[+0-9\s.\-()/]+$/.test(entry.trim())) {
        this.phones.add(digits);
        const phone = checkPhone(entry);
        if (phone) this.phones.add(phone.e164);
      }
    }
  }

  get isEmpty(): boolean {
    return this.texts.length === 0;
  }

  hasPhone(e164: string, written: string): boolean {
    return this.phones.has(e164) || this.phones.has(written.replace(/[^0-9]/g, ''));
  }

  /** Whether the written evidence of a non-phone finding is one of the group's public data. */
  hasText(kind: PersonalDataKind, written: string): boolean {
    const c = canonical(written);
    if (!c) return false;
    for (const t of this.texts) {
      if (t === c) return true;
      const partial = kind === 'postal_address' || kind === 'postcode';
      if (partial && c.length >= 6 && t.length >= 6 && (t.includes(c) || c.includes(t))) return true;
    }
    return false;
  }
}

const CACHE = new WeakMap<readonly string[], AllowList>();

/** The allow-list of a context, built once per list (groups reuse theirs for every message). */
export function allowListOf(entries: readonly string[]): AllowList {
  let list = CACHE.get(entries);
  if (!list) {
    list = new AllowList(entries);
    CACHE.set(entries, list);
  }
  return list;
}

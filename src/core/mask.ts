import type { Language, PersonalDataKind } from './categories.js';
import type { Finding } from './finding.js';

const PLACEHOLDER: Record<Language, Record<PersonalDataKind, string>> = {
  nl: {
    phone: '[telefoonnummer]',
    email: '[e-mailadres]',
    postal_address: '[adres]',
    postcode: '[postcode]',
    bsn: '[BSN]',
    iban: '[rekeningnummer]',
    date_of_birth: '[geboortedatum]',
    licence_plate: '[kenteken]',
    credit_card: '[kaartnummer]',
    health: '[gezondheidsgegevens]',
  },
  en: {
    phone: '[phone number]',
    email: '[e-mail address]',
    postal_address: '[address]',
    postcode: '[postcode]',
    bsn: '[BSN]',
    iban: '[bank account]',
    date_of_birth: '[date of birth]',
    licence_plate: '[licence plate]',
    credit_card: '[card number]',
    health: '[health information]',
  },
};
const GENERIC: Record<Language, string> = { nl: '[persoonsgegevens]', en: '[personal data]' };

interface Span {
  start: number;
  end: number;
  kind: PersonalDataKind | undefined;
}

function isLowSurrogate(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * The text with every standing `personal_data` finding replaced by a readable placeholder
 * (`bel me op [telefoonnummer]`). The bot stores and logs only such masked excerpts
 * (ARCHITECTURE rule 8), so an incident can show what happened without keeping the data.
 *
 * Pure. Overlapping spans merge (different kinds give `[persoonsgegevens]`); spans are
 * clamped to the text and never split a surrogate pair. Vetoed findings (the group's own
 * public number, a helpline) are public and stay; other categories are left to their own
 * handling.
 */
export function maskPersonalData(original: string, findings: readonly Finding[], lang: Language): string {
  const spans: Span[] = [];
  for (const f of findings) {
    if (f.category !== 'personal_data' || f.vetoed) continue;
    let start = Math.max(0, Math.min(original.length, f.start));
    let end = Math.max(start, Math.min(original.length, f.end));
    if (start > 0 && isLowSurrogate(original, start)) start--;
    if (end < original.length && isLowSurrogate(original, end)) end++;
    if (end > start) spans.push({ start, end, kind: f.kind });
  }
  if (spans.length === 0) return original;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      if (last.kind !== s.kind) last.kind = undefined;
    } else {
      merged.push({ ...s });
    }
  }
  let out = '';
  let pos = 0;
  for (const s of merged) {
    out += original.slice(pos, s.start) + (s.kind ? PLACEHOLDER[lang][s.kind] : GENERIC[lang]);
    pos = s.end;
  }
  return out + original.slice(pos);
}

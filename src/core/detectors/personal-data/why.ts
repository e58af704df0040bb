import type { Language, PersonalDataKind, Target } from '../../categories.js';

const WHAT: Record<Language, Record<PersonalDataKind, string>> = {
  nl: {
    phone: 'een telefoonnummer',
    email: 'een e-mailadres',
    postal_address: 'een woonadres',
    postcode: 'een postcode',
    bsn: 'een burgerservicenummer (BSN)',
    iban: 'een bankrekeningnummer (IBAN)',
    date_of_birth: 'een geboortedatum',
    licence_plate: 'een kenteken',
    credit_card: 'een creditcardnummer',
    health: 'informatie over iemands gezondheid',
  },
  en: {
    phone: 'a phone number',
    email: 'an e-mail address',
    postal_address: 'a home address',
    postcode: 'a postcode',
    bsn: 'a citizen service number (BSN)',
    iban: 'a bank account number (IBAN)',
    date_of_birth: 'a date of birth',
    licence_plate: 'a licence plate',
    credit_card: 'a payment card number',
    health: "information about someone's health",
  },
};

const WHOSE: Record<Language, Partial<Record<Target, string>>> = {
  nl: { self: ' (van de schrijver zelf)', teacher: ' (van een leerkracht)' },
  en: { self: " (the writer's own)", teacher: ' (of a teacher)' },
};

/**
 * The plain sentence a teacher reads in an alert and in `explain`: what was shared,
 * whose it seems to be, and why it does not belong in the group (protocol A2; for
 * health also AVG art. 9, which makes it special-category data).
 */
export function whyPersonalData(kind: PersonalDataKind, target: Target, lang: Language): string {
  const what = WHAT[lang][kind];
  if (kind === 'health') {
    if (lang === 'nl') {
      return target === 'self'
        ? 'De schrijver deelt iets over de eigen gezondheid: een bijzonder persoonsgegeven (AVG art. 9) dat niet in de groep hoort (protocol A2).'
        : 'Het bericht noemt iets over de gezondheid van een persoon: een bijzonder persoonsgegeven (AVG art. 9) dat niet in de groep hoort (protocol A2).';
    }
    return target === 'self'
      ? 'The writer shares something about their own health: special-category personal data (GDPR art. 9) that does not belong in the group (protocol A2).'
      : "The message tells something about a person's health: special-category personal data (GDPR art. 9) that does not belong in the group (protocol A2).";
  }
  const whose = WHOSE[lang][target] ?? '';
  return lang === 'nl'
    ? `Het bericht bevat ${what}${whose}: persoonsgegevens horen niet in de groep (protocol A2).`
    : `The message contains ${what}${whose}: personal data does not belong in the group (protocol A2).`;
}

import type { Language } from '../../categories.js';
import type { ContextNote } from '../../finding.js';

const WHY = {
  'allow-list': {
    nl: 'Staat op de lijst van openbare gegevens van deze groep (bijvoorbeeld het nummer van de school).',
    en: "On this group's list of public data (for example the school's number).",
  },
  organisation: {
    nl: 'Lijkt van een organisatie (school, ouderraad, bedrijf) en niet van een persoon: geen persoonsgegeven.',
    en: 'Seems to belong to an organisation (school, parents council, company), not a person: not personal data.',
  },
  negation: {
    nl: 'De aandoening wordt ontkend ("heeft geen ..."): er wordt geen gezondheidsgegeven gedeeld.',
    en: 'The condition is denied ("does not have ..."): no health data is shared.',
  },
} as const;

/**
 * Why a personal-data hit was vetoed, in the group's language: the hit is kept (with
 * `vetoed`) so that `klaswacht explain` can say why something that looked like personal
 * data was left alone.
 */
export function vetoNote(rule: keyof typeof WHY, lang: Language): ContextNote {
  return { rule, effect: 'vetoed', why: WHY[rule][lang] };
}

/** A public number (a helpline the bot itself cites) is never personal data. */
export function publicNumberNote(name: string, lang: Language): ContextNote {
  return {
    rule: 'public-number',
    effect: 'vetoed',
    why:
      lang === 'nl'
        ? `Een openbaar nummer (${name}), geen persoonsgegeven.`
        : `A public number (${name}), not personal data.`,
  };
}

import type { Language } from '../categories.js';

/**
 * Very common function words and chat words per language. Only words that are not
 * also common in the other language (so not `in`, `is`, `die`, `me`, `we`, `hoi`).
 */
const DUTCH = new Set(
  (
    'de het een en ik je jij jou jullie niet van dat op te met voor zijn maar ook wat nog naar bij om er hij zij ze wij ' +
    'heb hebt heeft kan kun wil gaat ga moet dan als mijn jouw zo echt wel geen ff sws mattie waarom wie waar hoe ' +
    'morgen vandaag juf meester klas school school groep kinderen ouders bedankt dank graag alvast allemaal ' +
    'zijn was werd wordt worden kunnen zullen zal gaan doen weet weten zeggen zegt dit deze hier daar even nu ' +
    'nee jawel toch maar al ben bent hem haar ons onze uw u mee naar over tot uit zonder omdat want dus'
  ).split(' '),
);
const ENGLISH = new Set(
  (
    'the a and i you not of that to with for are but also what my your he she they have has can will do dont ' +
    "don't it this be was at on so just lol wyd gonna wanna why who where how tomorrow today teacher class " +
    'kids parents thanks thank please all everyone were been being would could should know say says these ' +
    "there here now no yes yeah him her our us about from without because an im i'm youre you're its it's"
  ).split(' '),
);

/**
 * Guess whether a message is Dutch or English from its function words. Dutch wins
 * ties: most class groups klaswacht serves are Dutch, and Dutch chat borrows English
 * words (`sorry`, `chill`) far more often than the reverse.
 */
export function detectLanguage(normalisedValue: string): Language {
  let nl = 0;
  let en = 0;
  // The words are the runs of a-z and `'` (what a split on /[^a-z']+/ leaves), read in
  // one pass without a regular expression or an array of pieces.
  const s = normalisedValue;
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (!isWordUnit(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isWordUnit(s.charCodeAt(j))) j++;
    // Only words as long as the longest listed one can be listed: no substring for the rest.
    if (j - i <= LONGEST) {
      const word = s.slice(i, j);
      if (DUTCH.has(word)) nl++;
      if (ENGLISH.has(word)) en++;
    }
    i = j;
  }
  return en > nl ? 'en' : 'nl';
}

function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || c === 0x27;
}

const LONGEST = Math.max(...[...DUTCH, ...ENGLISH].map((w) => w.length));

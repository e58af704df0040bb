import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/text/detect-language.js';
import { normalise } from '../../../src/core/text/normalise.js';

describe('detectLanguage', () => {
  it.each([
    ['Hoi allemaal, morgen is er gym. Vergeet de gymtas niet!', 'nl'],
    ['Wie kan woensdag rijden naar het museum?', 'nl'],
    ['ff checken, heb jij het huiswerk al?', 'nl'],
    ['Hi all, just a reminder that the trip is on Friday', 'en'],
    ['wyd? are you coming to the party tonight', 'en'],
    ['Thank you so much for the lovely class photo!', 'en'],
    ['sorry!', 'nl'],
    ['', 'nl'],
  ])('%j is %s', (text, lang) => {
    expect(detectLanguage(normalise(text).value)).toBe(lang);
  });
});

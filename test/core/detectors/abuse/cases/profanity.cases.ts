import type { Case } from '../abuse-engine.js';

/** Profanity: always low when not aimed at anyone; mild exclamations are not profanity. */
export const profanity: Case[] = [
  ['nl', 'kut, mijn fiets is weer lek', 'profanity', 'low'],
  ['nl', 'kankerveel huiswerk vandaag', 'profanity', 'low'],
  ['nl', 'tering wat een regen', 'profanity', 'low'],
  ['nl', 'kkr saai dit', 'profanity', 'low'],
  ['nl', 'godverdomme, de bus is weg', 'profanity', 'low'],
  ['nl', 'k.u.t weer', 'profanity', 'low'],
  ['nl', 'wat een klotedag', 'profanity', 'low'],
  ['en', 'fuck, I missed the bus', 'profanity', 'low'],
  ['en', 'this test is shit', 'profanity', 'low'],
  ['en', 'what the hell is this homework', 'profanity', 'low'],
  ['en', 'f*ck my phone died', 'profanity', 'low'],
];

export const profanityTraps: Case[] = [
  ['nl', 'potverdorie, vergeten te tekenen', null],
  ['nl', 'KWF Kankerbestrijding organiseert een sponsorloop', null],
  ['nl', 'mijn oma heeft kanker, ik ben er verdrietig van', null],
  ['en', 'gosh, what a day', null],
];

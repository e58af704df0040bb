import type { Case } from '../abuse-engine.js';

/** Account abuse written fresh. */
export const account: Case[] = [
  ['nl', 'ik ben in het insta account van Mila gekomen, haar wachtwoord was 123456', 'account_abuse', 'high'],
  ['nl', 'wie wil de inlog van Bram zijn fortnite? 5 euro', 'account_abuse', 'high'],
  ['nl', 'ik heb een nepprofiel van juf Sanne gemaakt 😂', 'account_abuse', 'high'],
  ['nl', 'stuur me even die code die je per sms kreeg, dan regel ik het', 'account_abuse', 'high'],
  ['nl', 'ik heb Daan zijn snap gehackt', 'account_abuse', 'high'],
  [
    'nl',
    'mijn wachtwoord van de toetsapp is Voetbal2013, kan iemand mijn toets maken',
    'account_abuse',
    'medium',
  ],
  ['nl', 'hoi mam dit is mijn nieuwe nummer, kun je even 300 euro overmaken?', 'account_abuse', 'high'],
  ['en', "I got into Mia's insta, her password was her dog's name", 'account_abuse', 'high'],
  ['en', 'made a fake account pretending to be Mr Lee 😂', 'account_abuse', 'high'],
  ['en', 'send me the code you just got by text and I will add you', 'account_abuse', 'high'],
  ['en', 'my school login password is Tiger2012 if anyone can do my homework', 'account_abuse', 'medium'],
];

export const accountTraps: Case[] = [
  ['nl', 'ik ben mijn wachtwoord van Magister vergeten, hoe reset ik het?', null],
  ['nl', 'het wifi wachtwoord voor gasten staat op het bord in de hal', null],
  ['nl', 'iemand heeft mijn account overgenomen, let op en betaal niks!', null],
  ['nl', 'wie heeft de juf haar nieuwe klas al overgenomen? zij was ziek', null],
  ['en', 'I forgot my password, how do I reset it?', null],
  ['en', 'someone hacked my account, please ignore messages from it', null],
];

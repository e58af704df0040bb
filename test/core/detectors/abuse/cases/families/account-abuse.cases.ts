import type { Case } from '../../abuse-engine.js';

/**
 * More account_abuse messages, written fresh in rounds (each round a new style: chat, youth
 * language, parents' messages, indirect wording), kept as regression cases.
 */
export const accountAbuseFamilies: Case[] = [
  ['en', 'my password is dog123', 'account_abuse'],
  ['en', 'i got into his insta lol', 'account_abuse'],
  ['en', "what's the code you just got? send it", 'account_abuse'],
  ['en', 'i made a fake account of miss', 'account_abuse'],
  ['en', 'i know her login for the school portal', 'account_abuse'],
  ['nl', 'mijn wachtwoord is hond123', 'account_abuse'],
  ['nl', 'ik ben in zijn insta gekomen haha', 'account_abuse'],
  ['nl', 'wat is de code die je net kreeg? stuur ff', 'account_abuse'],
  ['nl', 'ik heb een nep account van juf gemaakt', 'account_abuse'],
  ['nl', 'ik weet haar inlog van magister', 'account_abuse'],
];

import type { Case } from '../pd-test-kit.js';

/** Citizen service numbers (BSN); traps that must stay silent. */
export const BSN_CASES: readonly Case[] = [
  ['Het BSN van mijn zoon is 1112.22.333, kan de juf dat invullen?', 'bsn', '1112.22.333', 'person'],
  ['bsn: 111222333', 'bsn', '111222333'],
  ['Burgerservicenummer van Lotte: 123 456 782', 'bsn', '123 456 782', 'person'],
  ['ik heb het nummer van zijn zorgpas gevonden lol 969105113', 'bsn', '969105113', 'person'],
  ['Hier mijn sofinummer voor de VOG: 144045850', 'bsn', '144045850', 'self'],
  ['Voor het zwemdiploma moest ik het BSN van Daan doorgeven: 376-654-727', 'bsn', '376-654-727', 'person'],
  ["My son's citizen service number is 533374790, can you fill it in?", 'bsn', '533374790', 'person'],

  ['bestelnummer 123456782 is verzonden', null],
  ['Het BSN van Daan is 123456789 zegt hij', null],
  ['Factuurnummer 111222333, graag betalen', null],
  ['Er waren 690 948 674 mensen in de wereld die dit keken', null],
  ['Order 111 222 333 has shipped', null],
  ['Tracking: 218951085 (PostNL)', null],
  ['BSN Lisa: 969.105.113', 'bsn', '969.105.113', 'person'],
  ['bsn nummer van mijn dochter 315646160 voor het formulier', 'bsn', '315646160', 'person'],
  ['Het sofinummer van mijn man is 108 394 220', 'bsn', '108 394 220', 'person'],
  ['Inschrijfnummer van de toets: 112233445', null],
  ['Wie heeft de code van het kluisje? Het is 1234', null],
  ['bsn van mijn zoontje is 419314386, klopt dat?', 'bsn', '419314386', 'person'],
  ['burgerservicenummer: 595 483 902', 'bsn', '595 483 902'],
];

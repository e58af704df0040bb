import type { Case } from '../pd-test-kit.js';

/** IBANs and payment card numbers; traps that must stay silent. */
export const BANK_CASES: readonly Case[] = [
  [
    'Graag € 7,50 overmaken naar NL91 ABNA 0417 1643 00 t.n.v. R. de Boer',
    'iban',
    'NL91 ABNA 0417 1643 00',
    'self',
  ],
  ['mijn rekeningnummer: nl91abna0417164300', 'iban', 'nl91abna0417164300', 'self'],
  ['Het IBAN van de moeder van Mees is NL20INGB0001234567', 'iban', 'NL20INGB0001234567', 'person'],
  ['Belgisch rekeningnummer van opa: BE68 5390 0754 7034', 'iban', 'BE68 5390 0754 7034', 'person'],
  ['Pay to GB82 WEST 1234 5698 7654 32 please', 'iban', 'GB82 WEST 1234 5698 7654 32'],
  ['Zijn Duitse rekening: DE89-3704-0044-0532-0130-00', 'iban', 'DE89-3704-0044-0532-0130-00', 'person'],
  ['Tikkie komt eraan, anders NL02ABNA0123456789.', 'iban', 'NL02ABNA0123456789'],
  [
    'ik heb de creditcard van mijn vader: 4111 1111 1111 1111 haha',
    'credit_card',
    '4111 1111 1111 1111',
    'person',
  ],
  ['kaartnummer 5500-0000-0000-0004, geldig tot 09/27', 'credit_card', '5500-0000-0000-0004'],
  ['Amex van mam: 3782 822463 10005', 'credit_card', '3782 822463 10005', 'person'],
  ['Use my card 4012888888881881 for the tickets', 'credit_card', '4012888888881881', 'self'],
  ['creditcard 5105 1051 0510 5100 cvc 123', 'credit_card', '5105 1051 0510 5100'],

  ['NL91 ABNA 0417 1643 01 klopt dat?', null],
  ['Bestelling NL-12345 is verzonden', null],
  ['Rekeningnummer van de ouderraad: NL39 RABO 0300 0652 64 t.n.v. Stichting Ouderraad', null],
  ['code AB12 CD34 EF56 voor de bieb', null],
  ['4111 1111 1111 1112 is een nepnummer', null],
  ['Ordernummer 4111111111111111 is onderweg', null],
  ['ISBN 9789045112345 voor het leesboek', null],
  ['Het boek kost 12,95 en de CD 9,95', null],
  ['Maak het geld over op NL18 RABO 0123 4598 76 t.n.v. J. Peters', 'iban', 'NL18 RABO 0123 4598 76'],
  ['IBAN: NL86INGB0002445588 (Karin de Groot)', 'iban', 'NL86INGB0002445588'],
  ['Rekening van mijn broer: NL02 ABNA 0123 4567 89', 'iban', 'NL02 ABNA 0123 4567 89', 'person'],
  ['Mastercard van papa 5105-1051-0510-5100 exp 11/26', 'credit_card', '5105-1051-0510-5100', 'person'],
  ['my visa is 4000 0566 5566 5556 lol dont use it', 'credit_card', '4000 0566 5566 5556', 'self'],
  ['De bus kost 4,50 per kind, graag gepast meenemen', null],
  ['Bijdrage ouderfonds: € 45,- per jaar', null],
  ['Please bring 2 euros for the bake sale on 14/03', null],
];

import type { Case } from '../pd-test-kit.js';

/** Dutch licence plates; letter-digit mixes that are no plate must stay silent. */
export const PLATE_CASES: readonly Case[] = [
  ['De witte bus met kenteken 87-TZV-2 stond weer op de stoep', 'licence_plate', '87-TZV-2'],
  ['Wie rijdt er in de grijze Golf GB-123-X? Die parkeert op het zebrapad', 'licence_plate', 'GB-123-X'],
  ['kenteken van die ouder: 58ZTJ9, hij stond weer dubbel', 'licence_plate', '58ZTJ9'],
  ['Nummerbord 12 ABC 3 stond weer op de invalidenplek', 'licence_plate', '12 ABC 3'],
  ['AB-12-CD parkeert elke dag voor de poort', 'licence_plate', 'AB-12-CD'],
  ['The car with plate 9-KLD-34 nearly hit a kid', 'licence_plate', '9-KLD-34'],
  ['Die zwarte auto, 2-XKP-71, reed veel te hard', 'licence_plate', '2-XKP-71'],
  ['Oude Kever van opa: 12-34-AB', 'licence_plate', '12-34-AB'],

  ['Groep 7b gaat naar de kinderboerderij', null],
  ['De uitslag was 3-1-2 in de poule', null],
  ['Covid-19 maatregelen zijn voorbij gelukkig', null],
  ['Track & trace 3SABC1234567', null],
  ['Wifi code: AB12CD, niet doorgeven', null],
  ['T-shirt maat 12-14-16 graag', null],
  ['Op 3-mei-15 was de eerste schoolreis', null],
  ['Lokaal A-12 en B-14 zijn dicht', null],
  ['Hij staat met zijn auto (kenteken 1-KZB-39) altijd op de stoep', 'licence_plate', '1-KZB-39'],
  ['Wie is de eigenaar van de blauwe Polo, XG-382-N?', 'licence_plate', 'XG-382-N'],
  ['Uitslag voetbal: 5-3 gewonnen!', null],
  ['Huiswerk: blz 12-15 en opdracht 3.2', null],
  ['We won 3-0! Great match today', null],
  ['Groep 3 t/m 8 om 14:15 uit', null],
  ['Die grijze Tesla met nummerbord ZK-382-V rijdt veel te hard', 'licence_plate', 'ZK-382-V'],
  ['Het kenteken is 99 XPG 3', 'licence_plate', '99 XPG 3'],
  ['We hebben 3-2 verloren maar het was gezellig', null],
];

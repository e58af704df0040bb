import type { Case } from '../abuse-engine.js';

/** Sexual content and grooming written fresh. */
export const sexual: Case[] = [
  [
    'nl',
    'hoi meisje, je bent echt knap, stuur je me een foto waar je weinig aan hebt?',
    'sexual',
    'critical',
  ],
  ['nl', 'zullen we afspreken in het park? zeg niks tegen je moeder', 'sexual', 'critical'],
  ['nl', 'heb je al borsten? laat eens zien', 'sexual', 'critical'],
  ['nl', 'ik betaal je 20 euro voor een filmpje in je bikini', 'sexual', 'critical'],
  ['nl', 'Fleur heeft met drie jongens geneukt op het kamp, echt waar', 'sexual', 'critical'],
  ['nl', 'wie heeft die seksfilmpjes van Noa uit 8b? stuur door', 'sexual', 'critical'],
  ['nl', 'ik wil je aanraken op plekken waar niemand komt 😏', 'sexual', 'critical'],
  ['nl', 'wat heeft die juf een lekkere tieten', 'sexual', 'high'],
  ['nl', 'ik ben jaloers op de man van juf Maaike, die mag elke avond met haar naar bed', 'sexual', 'high'],
  ['nl', 'kijk deze pornofilm eens, hahaha', 'sexual', 'high'],
  ['nl', 'wil je mijn piemel zien?', 'sexual', 'critical'],
  [
    'nl',
    'je bent volwassen voor je leeftijd, je kan me vertrouwen, wis dit gesprek wel',
    'sexual',
    'critical',
  ],
  [
    'nl',
    'ik ben 17 en vind je echt leuk, kom je bij mij thuis chillen als je ouders weg zijn?',
    'sexual',
    'critical',
  ],
  ['nl', 'laten we vanavond sexten', 'sexual', 'critical'],
  ['en', 'you look so mature for 12, send me a pic in your pjs', 'sexual', 'critical'],
  ['en', "let's meet at the park, don't tell your mum though", 'sexual', 'critical'],
  ['en', 'have you got boobs yet? show me', 'sexual', 'critical'],
  ['en', "I'll give you robux if you send a photo without your top", 'sexual', 'critical'],
  ['en', 'heard Millie sucked off two boys at the party', 'sexual', 'critical'],
  ['en', 'who has the nudes of Jess from year 8, send them over', 'sexual', 'critical'],
  ['en', 'Mr Walker is so fit, I would definitely sleep with him', 'sexual', 'high'],
  ['en', 'want to see my dick?', 'sexual', 'critical'],
  ['en', 'delete this chat after, our little secret ok? now what are you wearing', 'sexual', 'critical'],
  ['en', "let's sext tonight", 'sexual', 'critical'],
];

export const sexualTraps: Case[] = [
  ['nl', 'kun je een foto sturen van het huiswerk? dank je lieverd', null],
  ['nl', 'we gaan morgen naar de kinderboerderij, de kuikens zijn net uit het ei', null],
  ['nl', 'de kinderen leren in groep 8 over de puberteit en hun lichaam', null],
  ['nl', 'zullen we zaterdag afspreken om te spelen? dan bel ik je moeder even', null],
  ['nl', 'Sem heeft een mooie foto van de eendjes gemaakt', null],
  ['nl', 'mijn zoon vroeg wat een condoom is, hoe leggen jullie dat uit?', null],
  ['en', 'can you send me a photo of the homework sheet?', null],
  ['en', 'shall we meet at the park on saturday? I will ask your mum', null],
  ['en', 'the lesson on puberty went well, the kids had good questions', null],
  ['en', 'we saw blue tits and a woodpecker on the walk', null],
];

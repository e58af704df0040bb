import type { Case } from '../pd-test-kit.js';

/** E-mail addresses, plain and obfuscated; traps that must stay silent. */
export const EMAIL_CASES: readonly Case[] = [
  [
    "Stuur de foto's naar marieke.jansen@gmail.com, dan maak ik een album",
    'email',
    'marieke.jansen@gmail.com',
    'self',
  ],
  ['het mailadres van de moeder van Joep is joep.mama@hotmail.nl', 'email', 'joep.mama@hotmail.nl', 'person'],
  ['mail me: piet [at] gmail [punt] com', 'email', 'piet [at] gmail [punt] com', 'self'],
  ['Je kunt Anouk mailen op anouk(at)ziggo.nl', 'email', 'anouk(at)ziggo.nl', 'person'],
  [
    'mijn mail is sanne apenstaartje outlook punt com',
    'email',
    'sanne apenstaartje outlook punt com',
    'self',
  ],
  [
    'zijn adres voor de uitnodiging is k.devries at kpnmail dot nl',
    'email',
    'k.devries at kpnmail dot nl',
    'person',
  ],
  ['Mailen kan naar FAMILIE.BAKKER@KPNMAIL.NL', 'email', 'FAMILIE.BAKKER@KPNMAIL.NL', 'self'],
  ['mijn mail: tom ＠ gmail．com (met spaties tegen spam)', 'email', 'tom ＠ gmail．com', 'self'],
  ['Zijn mail: bram-2012@live.nl, stuur maar', 'email', 'bram-2012@live.nl', 'person'],
  ['ik ben bereikbaar op ans.v.d.berg@ziggo.nl.', 'email', 'ans.v.d.berg@ziggo.nl', 'self'],
  ['Email me at john.smith@example.co.uk with the forms', 'email', 'john.smith@example.co.uk', 'self'],
  ['Her email is lisa_b99@yahoo.com if you want to ask', 'email', 'lisa_b99@yahoo.com', 'person'],
  ['my email: dave (at) outlook (dot) com', 'email', 'dave (at) outlook (dot) com', 'self'],
  ['Send the pictures to mum.of.three@icloud.com please', 'email', 'mum.of.three@icloud.com', 'self'],

  ['@Lisa kun jij morgen rijden?', null],
  ['We zijn at home vanavond, kijk maar op de site van school', null],
  ['Kijk op www.obsdewilgenhoek.nl voor het rooster', null],
  ['Look at the website for the timetable', null],
  ['Zie je op het feest @ 14.00', null],
  ['Prijs: 3 @ €2,50 per stuk', null],
  ['Mail de juf via Parro, niet via de groep', null],
  ['het algemene mailadres van de ouderraad is ouderraad@obsdewilgenhoek.nl', null],
  ['Vragen? Mail naar info@kinderopvangdezon.nl', null],
  ['Tag @meester_tom in je verhaal', null],
];

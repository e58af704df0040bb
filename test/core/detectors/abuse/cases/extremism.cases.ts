import type { Case } from '../abuse-engine.js';

/** Glorifying attacks and violent groups, recruiting, propaganda, written fresh. */
export const extremism: Case[] = [
  [
    'nl',
    'respect voor de broeders die Charlie Hebdo hebben aangevallen, ze verdedigden de profeet',
    'extremism',
    'high',
  ],
  ['nl', 'die man die de moskee in Christchurch binnenliep is een voorbeeld voor ons', 'extremism', 'high'],
  ['nl', 'de tramaanslag in Utrecht was verdiend, eindelijk doet iemand iets', 'extremism', 'high'],
  [
    'nl',
    'ik ben lid geworden van een groep die zich voorbereidt op de rassenstrijd, kom erbij',
    'extremism',
    'high',
  ],
  ['nl', 'jihad is de enige weg, de kafirs zullen boeten', 'extremism', 'high'],
  ['nl', 'Hitler heeft niks verkeerd gedaan, de Holocaust is nooit gebeurd', 'extremism', 'high'],
  ['nl', 'we moeten de regering met wapens omverwerpen, wie is er klaar voor', 'extremism', 'high'],
  ['nl', 'ik draag trots mijn hakenkruis armband naar school', 'extremism', 'high'],
  [
    'nl',
    'de zelfmoordterroristen in Brussel zijn martelaren, ze gaan naar het paradijs',
    'extremism',
    'high',
  ],
  ['nl', 'ik bewonder de schutter van Columbine, wat een held', 'extremism', 'high'],
  ['nl', 'sluit je aan bij de islamitische staat, de strijd heeft jou nodig', 'extremism', 'high'],
  ['nl', 'het witte ras wordt vervangen, we moeten ons bewapenen', 'extremism', 'high'],
  ['nl', 'gas de joden, HH 88', 'extremism', 'high'],
  ['en', 'respect to the guys who attacked Charlie Hebdo, they defended the prophet', 'extremism', 'high'],
  ['en', 'the Christchurch shooter is an inspiration honestly', 'extremism', 'high'],
  ['en', 'the Manchester bombing was deserved, finally someone did something', 'extremism', 'high'],
  ['en', 'join the movement, the race war is coming and we need soldiers', 'extremism', 'high'],
  ['en', 'Hitler did nothing wrong and the holocaust never happened', 'extremism', 'high'],
  ['en', "the suicide bombers in Brussels are martyrs, they're in paradise now", 'extremism', 'high'],
  ['en', 'I admire the Columbine shooters, absolute legends', 'extremism', 'high'],
  ['en', 'we need to overthrow the government with guns, who is ready', 'extremism', 'high'],
  ['en', 'proudly wearing my swastika pin to school', 'extremism', 'high'],
];

export const extremismTraps: Case[] = [
  ['nl', 'we hebben in de klas een film gezien over de aanslag op Charlie Hebdo, heftig', null],
  ['nl', 'mijn opa vertelde over de oorlog en hoe de nazi’s zijn dorp bezetten', null],
  ['nl', 'volgende week herdenken we de slachtoffers van de tramaanslag in Utrecht', null],
  ['nl', 'voor geschiedenis moeten we een verslag schrijven over Hitler en de Tweede Wereldoorlog', null],
  ['nl', 'respect voor de brandweer, ze hebben iedereen gered', null],
  ['en', 'we watched a documentary about the Manchester bombing in class, so sad', null],
  ['en', 'my grandad told us how the nazis occupied his village', null],
  ['en', 'for history we are writing about Hitler and how he rose to power', null],
  ['en', 'the firefighters are real heroes', null],
];

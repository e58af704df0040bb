import type { Case } from '../abuse-engine.js';

/** Hate written fresh: derogation, dehumanisation, slurs, exclusion; neutral identity traps. */
export const hate: Case[] = [
  ['nl', 'Polen zijn allemaal dronkaards en dieven', 'hate', 'high'],
  ['nl', 'moslims zijn ratten, allemaal', 'hate', 'high'],
  ['nl', 'ik haat joden', 'hate', 'high'],
  ['nl', 'homo’s moeten van de school af', 'hate', 'high'],
  ['nl', 'vluchtelingen moeten terug naar hun eigen land', 'hate', 'high'],
  ['nl', 'die vieze zigeuners stelen alles', 'hate', 'high'],
  ['nl', 'gehandicapten zijn een last voor iedereen', 'hate', 'high'],
  ['nl', 'wat ben jij een homo zeg', 'hate', 'high'],
  ['nl', 'jij vuile neger', 'hate', 'high'],
  ['nl', 'vrouwen horen achter het aanrecht', 'hate', 'high'],
  ['nl', 'transgenders zijn gewoon ziek in hun hoofd', 'hate', 'high'],
  ['nl', 'Turken zijn een plaag voor dit land', 'hate', 'high'],
  ['en', 'muslims are vermin, all of them', 'hate', 'high'],
  ['en', 'I hate jews', 'hate', 'high'],
  ['en', 'gay people should stay away from our school', 'hate', 'high'],
  ['en', 'immigrants should go back where they came from', 'hate', 'high'],
  ['en', 'disabled people are a burden on everyone', 'hate', 'high'],
  ['en', 'shut up you fag', 'hate', 'high'],
  ['en', 'women belong in the kitchen, not in charge', 'hate', 'high'],
  ['en', 'trans people are mentally ill', 'hate', 'high'],
  ['en', 'black people are inferior', 'hate', 'high'],
];

export const hateTraps: Case[] = [
  ['nl', 'Eid Mubarak aan alle moslims in de klas!', null],
  ['nl', 'ik ben homo en ik ben er trots op', null],
  ['nl', 'volgende week is het Paarse Vrijdag, trek iets paars aan', null],
  ['nl', 'moslims zijn geen terroristen, stop met die onzin', null],
  ['nl', 'mijn buurman is Turks en hij kookt heerlijk', null],
  ['nl', 'wie hier "homo" als scheldwoord gebruikt moet zich schamen', null],
  ['nl', 'de vluchtelingen in het azc hebben het zwaar, kunnen we spullen inzamelen?', null],
  ['nl', 'meisjes kunnen net zo goed voetballen als jongens', null],
  ['en', 'happy Hanukkah to all our Jewish families', null],
  ['en', "I'm gay and proud", null],
  ['en', 'muslims are not terrorists, stop spreading that', null],
  ['en', 'the refugee families could use some winter coats, who can help?', null],
  ['en', 'girls are just as good at maths as boys', null],
];

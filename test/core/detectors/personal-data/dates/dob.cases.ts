import type { Case } from '../pd-test-kit.js';

/** Dates of birth tied to a person; other dates must stay silent. */
export const DOB_CASES: readonly Case[] = [
  [
    'Daan is geboren op 12-03-2015, dus hij is de jongste van de klas',
    'date_of_birth',
    '12-03-2015',
    'person',
  ],
  ['geboortedatum: 3 mei 2016', 'date_of_birth', '3 mei 2016'],
  ['Sanne is jarig op 4 juni, geboren in 2015', 'date_of_birth', '4 juni, geboren in 2015', 'person'],
  ['Onze Noor is op 17 februari 2016 geboren, ze is dus nog 8', 'date_of_birth', '17 februari 2016'],
  ['Mijn verjaardag is 21-09-1985 hoor, niet in oktober', 'date_of_birth', '21-09-1985', 'self'],
  ['geb. 1-4-2014, groep 4, allergisch voor niks', 'date_of_birth', '1-4-2014'],
  [
    'Geboortedatum van Finn voor het kampformulier: 2 januari 2014',
    'date_of_birth',
    '2 januari 2014',
    'person',
  ],
  ['He was born on 14/02/2013, so he can join the trip', 'date_of_birth', '14/02/2013', 'person'],
  ['Date of birth: 2014-07-21', 'date_of_birth', '2014-07-21'],
  ['DOB May 3rd, 2015 for the form', 'date_of_birth', 'May 3rd, 2015'],
  ['my birthday is 3 March 1990 lol', 'date_of_birth', '3 March 1990', 'self'],

  ['Sem is geboren op 12-06, net voor de zomer', 'date_of_birth', '12-06', 'person'],
  ['De schoolreis is op 12-06-2026, graag op tijd', null],
  ['Kamp is van 23-25 juni, kosten 45 euro', null],
  ['Sanne is jarig op 4 juni, ze trakteert!', null],
  ['De baby van juf is geboren! Alles goed met moeder en kind', null],
  ['Ik ben geboren en getogen in Utrecht. De ouderavond is op 14-10-2025', null],
  ['Jaarfeest op 3 mei 2026 van 14:00 tot 17:00', null],
  ['Inschrijven kan tot 1 februari, daarna is het vol', null],
  ['Verjaardagskalender hangt in de klas, kijk maar', null],
  ['Ruben is geboren op 5 augustus 2015', 'date_of_birth', '5 augustus 2015', 'person'],
  ['Geboren: 30-01-2016, Amsterdam', 'date_of_birth', '30-01-2016'],
  ['Mila d.o.b. 2015-11-03', 'date_of_birth', '2015-11-03', 'person'],
  ['Our twins were born on 2 April 2014', 'date_of_birth', '2 April 2014'],
  ['Kom op dinsdag 10-06-2025 naar de voorstelling', null],
  ['Week 12 t/m 15 geen gym ivm verbouwing', null],
];

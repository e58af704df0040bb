import { pick, seededRandom } from './random.js';

/**
 * Realistic class-group chat for the benchmark, generated from templates: Dutch and
 * English, 20-200 characters, about 10% with something to flag (personal data,
 * insults, threats). Not an evaluation corpus: only its shape matters here.
 */

const NAMES = [
  'Daan',
  'Sanne',
  'Noah',
  'Emma',
  'Liam',
  'Julia',
  'Finn',
  'Tess',
  'Sem',
  'Mila',
  'Bram',
  'Lotte',
];
const ITEMS = [
  'gymtas',
  'luizencape',
  'bibliotheekboek',
  'rapportmap',
  'zwemspullen',
  'lunchbox',
  'regenjas',
];
const ITEMS_EN = ['gym bag', 'library book', 'swimming kit', 'lunch box', 'rain coat', 'reading folder'];
const DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag'];
const DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

type Slot = (r: () => number) => string;
const slots: Record<string, Slot> = {
  name: (r) => pick(r, NAMES),
  item: (r) => pick(r, ITEMS),
  itemEn: (r) => pick(r, ITEMS_EN),
  day: (r) => pick(r, DAYS),
  dayEn: (r) => pick(r, DAYS_EN),
  time: (r) => `${8 + Math.floor(r() * 8)}:${pick(r, ['00', '15', '30', '45'])}`,
  price: (r) => `${Math.floor(r() * 20) + 1},${pick(r, ['00', '50', '95'])}`,
  phone: (r) => `06-${String(Math.floor(r() * 1e8)).padStart(8, '0')}`,
  emoji: (r) => pick(r, ['😊', '👍', '🙏', '😂', '❤️', '🎉', '']),
};

const BENIGN_NL = [
  'Hoi allemaal, morgen is er gym. Vergeet de {item} niet! {emoji}',
  'Wie kan er {day} rijden naar het museum? We vertrekken om {time}.',
  'Dank je wel juf, {name} vond het een superleuke dag {emoji}',
  'Is er iemand die de {item} van {name} heeft gezien? Ligt misschien nog in de klas.',
  'De ouderavond is {day} om {time} in de aula. Graag even aanmelden.',
  'Het schoolreisje kost {price} euro, graag overmaken voor {day}.',
  'ff checken: moeten ze {day} ook hun {item} meenemen?',
  '{name} is vandaag ziek, hij blijft thuis. Fijne dag allemaal!',
  'Ik ga dood van het lachen om die foto {emoji}',
  'Kan iemand mij de huiswerkopdracht voor rekenen sturen? Bedankt!',
  'haha sws, tot {day} mattie',
  'Top geregeld, bedankt voor het organiseren {emoji}',
];
const BENIGN_EN = [
  'Hi everyone, just a reminder that {dayEn} is sports day. Bring the {itemEn}! {emoji}',
  'Does anyone know what time pick-up is on {dayEn}? I think it was {time}.',
  'Thank you so much for organising the trip, {name} loved it {emoji}',
  'Lost: a blue {itemEn}, probably left in the classroom. Has anyone seen it?',
  'The school play starts at {time}, doors open fifteen minutes earlier.',
  'lol that quiz was brutal, I died laughing {emoji}',
];
const FLAGGED = [
  'Mijn nummer is {phone}, app me even als je wilt ruilen.',
  'Jij bent echt een zielige loser {name}, niemand wil met je spelen',
  'wacht maar na school {name}, dan zul je het zien 🔪',
  'kut, weer die {item} vergeten',
  'Call me on {phone} if you need a lift on {dayEn}',
  'you are such a loser {name}, nobody likes you',
  'Het e-mailadres van de moeder van {name} is anna.devries@example.nl',
  'k a n k e r lijer, hou je bek',
];

function fill(template: string, r: () => number): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => (slots[key] as Slot)(r));
}

/** `count` messages, deterministic for a seed; each 20-200 characters. */
export function* chatMessages(count: number, seed = 2026): Generator<{ id: string; text: string }> {
  const r = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    const roll = r();
    const template = roll < 0.1 ? pick(r, FLAGGED) : roll < 0.65 ? pick(r, BENIGN_NL) : pick(r, BENIGN_EN);
    let text = fill(template, r);
    while (text.length < 20) text += ` ${fill(pick(r, BENIGN_NL), r)}`;
    if (text.length > 200) text = text.slice(0, 200);
    yield { id: String(i), text };
  }
}

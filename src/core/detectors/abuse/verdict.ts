import type { Hit, MessageScan } from './message-scan.js';
import { type TargetCall, targetOf } from './target.js';

/** Linking verbs between the one judged and the judgement (`de juf is lui`, `that school is awful`). */
const COPULA = new Set([
  'is',
  'was',
  'zijn',
  'waren',
  'wordt',
  'blijft',
  'lijkt',
  'are',
  'were',
  "he's",
  "she's",
  "they're",
  'seems',
  'looks',
]);
/** Words that may stand between the copula and the judgement (`is echt gewoon lui`). */
const FILLER = new Set([
  'echt',
  'gewoon',
  'zo',
  'heel',
  'erg',
  'totaal',
  'compleet',
  'volledig',
  'ook',
  'nog',
  'altijd',
  'best',
  'wel',
  'super',
  'een',
  'really',
  'so',
  'just',
  'totally',
  'completely',
  'absolutely',
  'always',
  'very',
  'such',
  'a',
  'an',
  'utterly',
  'bloody',
]);

const DETERMINER = new Set(['die', 'de', 'het', 'onze', 'jullie', 'deze', 'that', 'the', 'our', 'this']);

/** `het eten op school is slecht`: the school is where, not who. */
const PLACE = new Set(['op', 'in', 'bij', 'naar', 'at', 'on', 'to', 'from', 'van', 'of']);

/**
 * A judgement of someone's work or conduct (`verdict` lines: `waardeloos`, `lui`,
 * `oneerlijk`, `useless`, `a disgrace`) is discrediting when it is predicated of a
 * teacher, the school or an adult member: the one judged, a linking verb and the
 * judgement, in that order (`die school is echt slecht`, `the head is useless`), or the
 * judgement right before the one judged (`slechte juf`). `het eten op school is slecht`
 * judges the food: the nearest thing before the verb is the food, not the school.
 */
export function verdictTarget(scan: MessageScan, h: Hit): TargetCall | undefined {
  let i = h.first - 1;
  while (i >= 0 && FILLER.has(scan.token(i)?.text ?? '')) i--;
  if (COPULA.has(scan.token(i)?.text ?? '')) {
    const call = targetOf(scan, { ...h, first: i, last: i }, { maxDistance: 5, before: true });
    const place = PLACE.has(scan.token(call.at - 1)?.text ?? '');
    // The one judged stands right before the verb (`de juf is`, `juf Ilse is`, `the head is`).
    return judged(call) && call.at < i && call.at >= i - 2 && !place && closes(scan, h) ? call : undefined;
  }
  // `is die mentor gewoon racistisch`: the verb first after a clause or question.
  const inverted = targetOf(scan, { ...h, first: i, last: i }, { maxDistance: 1, before: true });
  if (judged(inverted) && inverted.at === i) {
    let v = i - 1;
    while (v >= 0 && DETERMINER.has(scan.token(v)?.text ?? '')) v--;
    if (COPULA.has(scan.token(v)?.text ?? '')) return inverted;
  }
  const after = targetOf(scan, h, { maxDistance: 1 });
  return judged(after) && after.at === h.last + 1 ? after : undefined;
}

/** Words that may follow a judgement; another word (`slecht bereikbaar`) makes it an adverb. */
const AFTER = new Set([
  'en',
  'maar',
  'want',
  'dus',
  'of',
  'hoor',
  'zeg',
  'and',
  'but',
  'so',
  'or',
  'tbh',
  'honestly',
  // `het slechtste van de stad`, `the worst in town`, `the worst ever`.
  'van',
  'in',
  'ooit',
  'ever',
]);

function closes(scan: MessageScan, h: Hit): boolean {
  const next = scan.token(h.last + 1);
  if (!next || next.sentence !== scan.token(h.last)?.sentence || next.clause !== scan.token(h.last)?.clause)
    return true;
  return (
    AFTER.has(next.text) ||
    !/\p{L}/u.test(next.text) ||
    scan.list('laughter').some((l) => l.first === h.last + 1)
  );
}

function judged(call: TargetCall): boolean {
  return call.kind === 'teacher' || call.kind === 'school' || (call.kind === 'person' && call.adult);
}

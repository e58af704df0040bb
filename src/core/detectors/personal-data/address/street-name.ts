import type { MessageScan, TermHit } from '../scan/message-scan.js';
import { lastTokenBefore } from '../target.js';

/** Small words inside Dutch street names (`Burgemeester de Withstraat`, `Laan van Ouderzorg`). */
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 't', 'ter', 'ten', 'la', 'le']);
const MAX_WORDS = 3;
const TOWN = /,? {1,2}(?:(?:in|te) {1,2})?([a-z'-]{2,30})(?: ([a-z'-]{2,30}))?/y;

function isCapital(c: string | undefined): boolean {
  return c !== undefined && c !== c.toLowerCase();
}

/**
 * Where a street name starts: the suffix word itself (`Dorpsstraat`) or, for names of
 * several words, up to three capitalised words and particles before it (`Burgemeester
 * de Withstraat`), never a leading particle (`op de Vlasstraat` starts at `Vlasstraat`).
 */
export function streetStart(scan: MessageScan, street: TermHit): number {
  const tokens = scan.tokens();
  let start = street.start;
  let firstCapital = -1;
  const last = lastTokenBefore(scan, tokens, street.start);
  for (let m = last, words = 0; m >= 0 && words < MAX_WORDS; m--, words++) {
    const t = tokens[m];
    if (!t || tokens[m + 1]?.breakBefore || tokens[m + 1]?.commaBefore) break;
    const span = scan.spanOf(t);
    const capital = isCapital(scan.original[span.start]);
    const plainWord = scan.roles(t.word).size === 0 && !scan.lex.knownWords.has(t.word);
    if (capital && plainWord) firstCapital = span.start;
    else if (!PARTICLES.has(t.word)) break;
  }
  if (firstCapital >= 0) start = firstCapital;
  return start;
}

/**
 * Where an address ends when a town follows (`1234 AB Utrecht`, `12 in Houten`, `, Den
 * Haag`): the town's words must be capitalised. Returns a `text.plain` index.
 */
export function townAfter(scan: MessageScan, from: number, afterPostcode: boolean): number {
  TOWN.lastIndex = from;
  const m = TOWN.exec(scan.plain);
  if (!m) return from;
  const joined = /^,? {1,2}(?:in|te) /.test(m[0]);
  if (!afterPostcode && !joined && !m[0].startsWith(',')) return from;
  let end = from;
  let at = from + m[0].indexOf(m[1] as string);
  for (const word of [m[1], m[2]]) {
    if (word === undefined) break;
    const o = scan.text.plain.toOriginal(at);
    const c = scan.original[o] === "'" ? scan.original[o + 2] : scan.original[o];
    if (!isCapital(c)) break;
    end = at + word.length;
    at = end + 1;
  }
  return end;
}

import type { MessageScan, TermHit } from '../scan/message-scan.js';
import type { Token } from '../scan/tokens.js';
import { lastTokenBefore } from '../target.js';
import type { FoundAddress } from './dutch-address.js';

const HOUSE_NUMBER = /^[1-9][0-9]{0,3}[a-z]?$/;
const MAX_NAME_WORDS = 3;
const CONTEXT_GAP = 40;

function isCapital(c: string | undefined): boolean {
  return c !== undefined && c !== c.toLowerCase();
}

/**
 * `12 Baker Street`, `4 Orchard Lane`: a house number, one to three capitalised name
 * words and a street type, after an address word (`I live at`, `their address is`).
 */
export function englishAddress(scan: MessageScan, street: TermHit): FoundAddress | undefined {
  const tokens = scan.tokens();
  const before = lastTokenBefore(scan, tokens, street.start);
  let m = before;
  while (m >= 0 && before - m < MAX_NAME_WORDS) {
    const t = tokens[m] as Token;
    if (HOUSE_NUMBER.test(t.word) || !isCapital(scan.original[scan.spanOf(t).start])) break;
    if ((tokens[m + 1] as Token).breakBefore || (tokens[m + 1] as Token).commaBefore) return undefined;
    m--;
  }
  const number = tokens[m];
  if (m === before || !number || !HOUSE_NUMBER.test(number.word)) return undefined;
  const start = scan.spanOf(number).start;
  if (!scan.contextBefore('address', start, CONTEXT_GAP)) return undefined;
  return { start, end: street.end, rule: 'en-address' };
}

import type { Recogniser } from '../hit-sink.js';
import { type DomainLabel, readDomain } from './email-domain.js';
import { COMMON_TLDS } from './tlds.js';

/** Where an address may turn: the `@` itself or a stand-in word (`at`, `apenstaartje`). */
const ANCHOR = /@|\bat\b|\bapenstaartje\b/g;
const MAX_LOCAL = 64;
const OPEN = '([{<';
const CLOSE = ')]}>';

function isLocalChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '.' || c === '_' || c === '-' || c === '+';
}

function isAlnum(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
}

/**
 * E-mail addresses, plain (`piet@gmail.com`) and obfuscated (`piet [at] gmail [punt] com`,
 * `piet at gmail dot com`, `piet(at)gmail.com`, `piet apenstaartje gmail punt com`).
 * Works on `text.plain` (case-folded, full-width `＠` already `@`). Each `@` or stand-in
 * is looked at once, with bounded reads to either side, so hostile input stays linear.
 * An obfuscated address must end in a common TLD. A function mailbox (`info@`,
 * `administratie@`, `ouderraad@`) belongs to an organisation and is vetoed. Rules:
 * `email`, `email-obfuscated`.
 */
export const emailRecogniser: Recogniser = ({ scan, allow }, sink) => {
  const s = scan.plain;
  if (!mayHoldAddress(s)) return;
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(s); m && !sink.full; m = ANCHOR.exec(s)) {
    const symbol = m[0] === '@';
    let left = m.index;
    let right = m.index + m[0].length;
    let spaced = false;
    let bracketed = false;
    const open = OPEN.indexOf(s[left - 1] ?? '');
    if (open >= 0 && s[right] === CLOSE[open]) {
      left--;
      right++;
      bracketed = true;
    }
    for (let k = 0; k < 2 && s[left - 1] === ' '; k++) {
      left--;
      spaced = true;
    }
    for (let k = 0; k < 2 && s[right] === ' '; k++) {
      right++;
      spaced = true;
    }
    if (!symbol && !bracketed && !spaced) continue;
    const readStart = readLocalBackwards(s, left);
    if (readStart < 0) continue;
    const localStart = symbol && !spaced && !bracketed ? readStart : spelledDotsBefore(s, readStart);
    const obfuscatedAnchor = !symbol || bracketed || spaced;
    const domain = pickDomain(readDomain(s, right), obfuscatedAnchor);
    if (!domain) continue;
    const obfuscated = obfuscatedAnchor || domain.obfuscated;
    const { start, end } = scan.plainSpan(localStart, domain.end);
    const local = s.slice(localStart, left).trim();
    const mailbox = local.split(/[._-]/)[0] ?? '';
    sink.report({
      kind: 'email',
      rule: obfuscated ? 'email-obfuscated' : 'email',
      start,
      end,
      allowListed: allow.hasText('email', `${local}@${domain.labels.join('.')}`),
      ...(scan.roles(mailbox).has('organisation') ? { owner: 'organisation' as const } : {}),
    });
    ANCHOR.lastIndex = Math.max(ANCHOR.lastIndex, domain.end);
  }
};

/**
 * Cheap substring checks before any pattern: an `@`, or a stand-in word and something like
 * a dot. Without it the recogniser reports nothing (the detector's early exit relies on it).
 */
export function mayHoldAddress(s: string): boolean {
  if (s.includes('@')) return true;
  const standIn = s.includes('at ') || s.includes('at)') || s.includes('at]') || s.includes('apenstaartje');
  return standIn && (s.includes('.') || s.includes('punt') || s.includes('dot'));
}

/** The longest reading of the domain that ends in an acceptable TLD (a common one when obfuscated). */
function pickDomain(
  labels: readonly DomainLabel[],
  obfuscatedAnchor: boolean,
): { labels: string[]; end: number; obfuscated: boolean } | undefined {
  for (let n = labels.length; n >= 2; n--) {
    const last = labels[n - 1] as DomainLabel;
    const obfuscated = obfuscatedAnchor || last.obfuscated;
    if (!/^[a-z]{2,24}$/.test(last.label) || (obfuscated && !COMMON_TLDS.has(last.label))) continue;
    return { labels: labels.slice(0, n).map((l) => l.label), end: last.end, obfuscated: last.obfuscated };
  }
  return undefined;
}

const SPELLED_DOT = / (?:punt|dot) $| ?[[(](?:punt|dot|\.)[\])] ?$/;
const MAX_SPELLED = 3;

/** `lisa punt deboer apenstaartje ...`: an obfuscated local part may spell its dots too. */
function spelledDotsBefore(s: string, start: number): number {
  let at = start;
  for (let k = 0; k < MAX_SPELLED; k++) {
    const m = SPELLED_DOT.exec(s.slice(Math.max(0, at - 9), at));
    if (!m) break;
    const wordEnd = at - m[0].length;
    const wordStart = readLocalBackwards(s, wordEnd);
    if (wordStart < 0 || wordStart === wordEnd || start - wordStart > MAX_LOCAL) break;
    at = wordStart;
  }
  return at;
}

/** Start of the local part ending at `end`, or -1 when there is none or it runs past 64 characters. */
function readLocalBackwards(s: string, end: number): number {
  let i = end;
  while (i > 0 && end - i <= MAX_LOCAL && isLocalChar(s[i - 1])) i--;
  if (end - i > MAX_LOCAL) return -1;
  while (i < end && !isAlnum(s[i])) i++;
  if (i === end || !isAlnum(s[end - 1])) return -1;
  return i;
}

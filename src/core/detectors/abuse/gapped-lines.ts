import { type AbuseEntry, GAP_WORDS } from './abuse-lexicon.js';
import type { TokenMatch } from './token-matcher.js';
import type { Token, Tokens } from './tokens.js';

const NEGATIONS = new Set([
  'niet',
  'geen',
  'nooit',
  'niemand',
  'niks',
  'niets',
  'nie',
  'not',
  'never',
  'no',
  'nobody',
  "don't",
  'dont',
  "didn't",
  "won't",
  "can't",
  'cant',
  "isn't",
  "wasn't",
  "doesn't",
  "wouldn't",
  'nothing',
]);

/**
 * Gapped lines (`ik wil ... dood`): parts in order, each within GAP_WORDS words of the
 * one before (fillers not counted), in one sentence, with no negation in a gap. One
 * match per first part.
 */
export function joinParts(
  parts: readonly TokenMatch[],
  tokens: Tokens,
  fillers: ReadonlySet<number>,
): TokenMatch[] {
  // Most gapped lines have a common first word (`ik`, `je`) and never all their parts:
  // find the complete ones first, with a bit per part, before collecting anything.
  const seen = new Map<AbuseEntry, number>();
  for (const m of parts) {
    const part = m.entry.part as NonNullable<AbuseEntry['part']>;
    seen.set(part.of, (seen.get(part.of) ?? 0) | (1 << part.index));
  }
  const byLine = new Map<AbuseEntry, TokenMatch[][]>();
  for (const m of parts) {
    const part = m.entry.part as NonNullable<AbuseEntry['part']>;
    if (seen.get(part.of) !== (1 << part.count) - 1) continue;
    let slots = byLine.get(part.of);
    if (!slots) {
      slots = Array.from({ length: part.count }, () => []);
      byLine.set(part.of, slots);
    }
    (slots[part.index] as TokenMatch[]).push(m);
  }
  const out: TokenMatch[] = [];
  for (const [line, slots] of byLine) {
    if (slots.some((s) => s.length === 0)) continue;
    for (const first of slots[0] as TokenMatch[]) {
      let prev = first;
      let ok = true;
      for (let k = 1; k < slots.length && ok; k++) {
        const next = (slots[k] as TokenMatch[]).find((m) => follows(tokens, fillers, prev, m));
        if (next) prev = next;
        else ok = false;
      }
      if (ok) out.push({ entry: line, start: first.start, end: prev.end });
    }
  }
  return out;
}

function follows(tokens: Tokens, fillers: ReadonlySet<number>, prev: TokenMatch, m: TokenMatch): boolean {
  const lastTok = tokens.at[prev.end - 1] as number;
  const t = tokens.at[m.start] as number;
  if (t <= lastTok) return false;
  if ((tokens.list[lastTok] as Token).sentence !== (tokens.list[t] as Token).sentence) return false;
  let gap = 0;
  for (let g = lastTok + 1; g < t; g++) {
    if (NEGATIONS.has((tokens.list[g] as Token).text)) return false;
    if (!fillers.has(g)) gap++;
  }
  return gap <= GAP_WORDS;
}

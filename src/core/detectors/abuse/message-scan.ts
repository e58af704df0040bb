import type { Language } from '../../categories.js';
import type { PhraseMatch } from '../../lexicon/phrase-matcher.js';
import type { NormalisedText } from '../../text/normalised-text.js';
import type { DetectContext } from '../detector.js';
import { type AbuseEntry, type AbuseLexicon, GAP_WORDS } from './abuse-lexicon.js';
import type { ListName } from './lists.js';
import { MaskedWords } from './masked-words.js';
import { findQuotes, type QuoteSpan } from './quotes.js';
import { type Token, type Tokens, tokenize } from './tokens.js';

/** One lexicon hit, in the normalised value and in tokens (`first`..`last` inclusive). */
export interface Hit {
  readonly entry: AbuseEntry;
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number;
}

/** Where a context cue may stand relative to the hit it speaks about. */
export interface Window {
  readonly scope: 'clause' | 'sentence' | 'message';
  /** Tokens before the hit (absent: the whole scope). */
  readonly before?: number;
  /** Tokens after the hit (absent: the whole scope). */
  readonly after?: number;
  /** Whether a cue overlapping the hit counts. */
  readonly overlap?: boolean;
}

/**
 * Everything the abuse detectors share about one message: lexicon hits of every list
 * (one automaton pass), tokens with sentence and clause numbers, quoted spans. Built
 * once per message and shared by the nine detectors through `ScanCache`.
 */
export class MessageScan {
  readonly value: string;
  readonly hits: readonly Hit[];
  private readonly byList = new Map<ListName, Hit[]>();
  private quoteSpans?: QuoteSpan[];
  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly text: NormalisedText,
    readonly context: DetectContext,
    readonly tokens: Tokens,
    lexicon: AbuseLexicon,
    masked: MaskedWords,
  ) {
    // Phone keyboards type ’ for ' (`doesn’t`); same length, so every offset still holds.
    this.value = text.value.replace(CURLY_APOSTROPHE, "'");
    const hits: Hit[] = [];
    const lang = context.lang;
    const seen = new Set<string>();
    const parts: PhraseMatch<AbuseEntry>[] = [];
    const fillers = new Set<number>();
    const matches = matchAll(this.value, tokens, lexicon, masked, fillers).filter((m) => {
      if (!m.entry.part) return true;
      parts.push(m);
      return false;
    });
    if (parts.length > 0) matches.push(...joinParts(parts, tokens, fillers));
    for (const m of matches) {
      if (m.entry.langOnly && m.entry.lang !== lang) continue;
      // The same words in the same list of both languages (`loser`, `gays`) are one hit.
      const key = `${m.entry.list}:${m.start}:${m.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // A real message never holds hundreds of hits of one list; a hostile one may. Capping
      // each list keeps every rule that compares hits linear in the length of the text.
      if ((this.byList.get(m.entry.list)?.length ?? 0) >= MAX_HITS_PER_LIST) continue;
      const first = this.tokenFrom(m.start, m.end, 1);
      const last = this.tokenFrom(m.end - 1, m.start - 1, -1);
      if (first < 0 || last < first) continue;
      const hit = { entry: m.entry, start: m.start, end: m.end, first, last };
      hits.push(hit);
      const bucket = this.byList.get(m.entry.list);
      if (bucket) bucket.push(hit);
      else this.byList.set(m.entry.list, [hit]);
    }
    hits.sort((a, b) => a.start - b.start || a.end - b.end);
    this.hits = hits;
  }

  get lang(): Language {
    return this.context.lang;
  }

  get tokenList(): readonly Token[] {
    return this.tokens.list;
  }

  token(i: number): Token | undefined {
    return this.tokens.list[i];
  }

  /** Hits of one list, in text order. */
  list(name: ListName): readonly Hit[] {
    return this.byList.get(name) ?? [];
  }

  has(name: ListName): boolean {
    return this.byList.has(name);
  }

  get quotes(): readonly QuoteSpan[] {
    this.quoteSpans ??= findQuotes(this.value);
    return this.quoteSpans;
  }

  /** Compute once per message (names, targets of the whole message, ...). */
  memo<T>(key: string, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const v = compute();
    this.memos.set(key, v);
    return v;
  }

  /** Cues of `lists` within `window` of `anchor`. */
  cues(lists: readonly ListName[], anchor: Hit, window: Window): Hit[] {
    const out: Hit[] = [];
    for (const name of lists)
      for (const h of this.list(name)) if (this.within(h, anchor, window)) out.push(h);
    return out;
  }

  /** Whether `cue` stands within `window` of `anchor`. */
  within(cue: Hit, anchor: Hit, w: Window): boolean {
    const a = this.tokens.list[anchor.first] as Token;
    const c = this.tokens.list[cue.first] as Token;
    if (w.scope === 'clause' && !this.sameClause(cue, anchor)) return false;
    if (w.scope === 'sentence' && c.sentence !== a.sentence) return false;
    if (cue.last < anchor.first) return w.before === undefined || anchor.first - cue.last <= w.before;
    if (cue.first > anchor.last) return w.after === undefined || cue.first - anchor.last <= w.after;
    return w.overlap === true && cue !== anchor;
  }

  /** Whether two hits share a clause (a hit spanning clauses shares each of them). */
  sameClause(x: Hit, y: Hit): boolean {
    const t = this.tokens.list;
    const x0 = (t[x.first] as Token).clause;
    const x1 = (t[x.last] as Token).clause;
    const y0 = (t[y.first] as Token).clause;
    const y1 = (t[y.last] as Token).clause;
    return x0 <= y1 && y0 <= x1;
  }

  sentenceOf(h: Hit): number {
    return (this.tokens.list[h.first] as Token).sentence;
  }

  /** Whether the original text has a capital at the start of token `i` (a name, mid-sentence). */
  capitalised(i: number): boolean {
    const tok = this.tokens.list[i];
    if (!tok) return false;
    const ch = this.text.original[this.text.toOriginal(tok.start)];
    return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
  }

  private tokenFrom(from: number, stop: number, step: 1 | -1): number {
    for (let i = from; i !== stop; i += step) {
      const t = this.tokens.at[i];
      if (t !== undefined && t >= 0) return t;
    }
    return -1;
  }
}

const CURLY_APOSTROPHE = /[\u2018\u2019\u02bc\u0060\u00b4]/g;

/** Hits kept per list and message (see the constructor). */
export const MAX_HITS_PER_LIST = 128;

const NEGATIONS = new Set([
  'niet',
  'geen',
  'nooit',
  'niemand',
  'niks',
  'niets',
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
 * one before, in one sentence, with no negation in a gap. One match per first part.
 */
function joinParts(
  parts: readonly PhraseMatch<AbuseEntry>[],
  tokens: Tokens,
  fillers: ReadonlySet<number>,
): PhraseMatch<AbuseEntry>[] {
  const byLine = new Map<AbuseEntry, PhraseMatch<AbuseEntry>[][]>();
  for (const m of parts) {
    const part = m.entry.part as NonNullable<AbuseEntry['part']>;
    let slots = byLine.get(part.of);
    if (!slots) {
      slots = Array.from({ length: part.count }, () => []);
      byLine.set(part.of, slots);
    }
    (slots[part.index] as PhraseMatch<AbuseEntry>[]).push(m);
  }
  const out: PhraseMatch<AbuseEntry>[] = [];
  const tokenAt = (i: number) => tokens.at[i] as number;
  for (const [line, slots] of byLine) {
    if (slots.some((s) => s.length === 0)) continue;
    for (const first of slots[0] as PhraseMatch<AbuseEntry>[]) {
      let prev = first;
      let ok = true;
      for (let k = 1; k < slots.length && ok; k++) {
        const lastTok = tokenAt(prev.end - 1);
        const next = (slots[k] as PhraseMatch<AbuseEntry>[]).find((m) => {
          const t = tokenAt(m.start);
          if (t <= lastTok) return false;
          const a = tokens.list[lastTok] as Token;
          const b = tokens.list[t] as Token;
          if (a.sentence !== b.sentence) return false;
          let gap = 0;
          for (let g = lastTok + 1; g < t; g++) {
            if (NEGATIONS.has((tokens.list[g] as Token).text)) return false;
            if (!fillers.has(g)) gap++;
          }
          return gap <= GAP_WORDS;
        });
        if (next) prev = next;
        else ok = false;
      }
      if (ok) out.push({ entry: line, start: first.start, end: prev.end });
    }
  }
  return out;
}

/**
 * Lexicon matches on the value, and again on the value without filler words (`echt`,
 * `gewoon`, `really`) so that `ik wil gewoon niet meer leven` matches the line
 * `ik wil niet meer leven` and `dan ben je echt de sjaak` matches `dan ben je de sjaak`.
 * Lines that themselves contain a filler still match on the value as written.
 */
function matchAll(
  value: string,
  tokens: Tokens,
  lexicon: AbuseLexicon,
  masked: MaskedWords,
  fillers: Set<number>,
): PhraseMatch<AbuseEntry>[] {
  const raw = [...lexicon.matcher.findAll(value), ...masked.find(value)];
  for (const m of raw) {
    if (m.entry.list !== 'fillers') continue;
    const t = tokens.at[m.start];
    if (t !== undefined && t >= 0 && tokens.at[m.end - 1] === t) fillers.add(t);
  }
  if (fillers.size === 0) return raw;
  const { text, map } = compact(value, tokens, fillers);
  const seen = new Set(raw.map((m) => `${m.entry.file}:${m.entry.line}:${m.start}:${m.end}`));
  for (const m of lexicon.matcher.findAll(text)) {
    if (m.entry.list === 'fillers') continue;
    const start = map[m.start] as number;
    const end = (map[m.end - 1] as number) + 1;
    const key = `${m.entry.file}:${m.entry.line}:${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    raw.push({ entry: m.entry, start, end });
  }
  return raw;
}

/** The value without the filler tokens (and one space after each), with a map back. */
function compact(
  value: string,
  tokens: Tokens,
  fillers: ReadonlySet<number>,
): { text: string; map: Int32Array } {
  const map = new Int32Array(value.length);
  let text = '';
  let n = 0;
  let i = 0;
  while (i < value.length) {
    const t = tokens.at[i] as number;
    if (t >= 0 && fillers.has(t)) {
      const tok = tokens.list[t] as Token;
      i = tok.end;
      if (value[i] === ' ') i++;
      continue;
    }
    text += value[i];
    map[n++] = i;
    i++;
  }
  return { text, map };
}

/**
 * Shares one MessageScan between the detectors of one `analyse` call: the nine
 * detectors see the same NormalisedText object, which keys a WeakMap (nothing
 * outlives the message).
 */
export class ScanCache {
  private readonly cache = new WeakMap<NormalisedText, MessageScan>();
  private readonly masked: MaskedWords;

  constructor(private readonly lexicon: AbuseLexicon) {
    this.masked = new MaskedWords(lexicon.entries);
  }

  scan(text: NormalisedText, context: DetectContext): MessageScan {
    const hit = this.cache.get(text);
    if (hit && hit.context === context) return hit;
    const scan = new MessageScan(
      text,
      context,
      tokenize(text.value.replace(CURLY_APOSTROPHE, "'")),
      this.lexicon,
      this.masked,
    );
    this.cache.set(text, scan);
    return scan;
  }
}

import type { Language } from '../../categories.js';
import type { NormalisedText } from '../../text/normalised-text.js';
import type { DetectContext } from '../detector.js';
import type { AbuseEntry, AbuseLexicon } from './abuse-lexicon.js';
import { joinParts } from './gapped-lines.js';
import { LIST_NAMES, type ListName } from './lists.js';
import { MaskedWords } from './masked-words.js';
import { findQuotes, type QuoteSpan } from './quotes.js';
import type { TokenMatch } from './token-matcher.js';
import { type Token, type Tokens, tokenize } from './tokens.js';
import { applyCorrections, type CorrectedText, TYPO_TARGET_LISTS } from './typo-correction.js';

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
  private built?: { hits: Hit[]; byList: Map<ListName, Hit[]>; tokens: Tokens };
  private readonly present = new Set<string>();
  private quoteSpans?: QuoteSpan[];
  private readonly memos = new Map<string, unknown>();
  /** The value with misspelt lexicon words written out (`wmen` -> `women`), when it has any. */
  private readonly corrected?: CorrectedText;

  constructor(
    readonly text: NormalisedText,
    readonly context: DetectContext,
    private readonly lexicon: AbuseLexicon,
    private readonly masked: MaskedWords,
  ) {
    // Phone keyboards type ’ for ' (`doesn’t`); same length, so every offset still holds.
    this.value = text.value.replace(CURLY_APOSTROPHE, "'");
    const lang = context.lang;
    // A gapped line counts as present when all its parts are (in order or not).
    let parts: Map<AbuseEntry, Set<number>> | undefined;
    const see = (entry: AbuseEntry) => {
      if (entry.langOnly && entry.lang !== lang) return;
      const part = entry.part;
      if (part) {
        parts ??= new Map();
        const seen = parts.get(part.of) ?? new Set<number>();
        seen.add(part.index);
        parts.set(part.of, seen);
        if (seen.size < part.count) return;
      }
      for (const k of (part ? part.of : entry).keys) this.present.add(k);
    };
    lexicon.triggers.match(this.value, see);
    for (const m of masked.find(this.value)) see(m.entry);
    const fixes = lexicon.typos.correct(this.value);
    if (fixes) {
      this.corrected = applyCorrections(this.value, fixes);
      lexicon.triggers.match(this.corrected.value, see);
    }
  }

  /** Capitalised words that are never names (see names.ts). */
  get notNames(): ReadonlySet<string> {
    return this.lexicon.notNames;
  }

  /**
   * Whether list `name` may have a hit: cheap, no tokens needed. Detectors use it to
   * skip messages with nothing for them (most messages), before any real work.
   */
  mayHave(name: ListName | `${ListName}:${string}`): boolean {
    return this.present.has(name);
  }

  /** Tokens and hits, computed on first use only. */
  private get b(): { hits: Hit[]; byList: Map<ListName, Hit[]>; tokens: Tokens } {
    this.built ??= this.build();
    return this.built;
  }

  get tokens(): Tokens {
    return this.b.tokens;
  }

  get hits(): readonly Hit[] {
    return this.b.hits;
  }

  private build(): { hits: Hit[]; byList: Map<ListName, Hit[]>; tokens: Tokens } {
    const tokens = tokenize(this.value);
    const lang = this.context.lang;
    const raw: TokenMatch[] = [];
    const fillerStarts = this.lexicon.matcher.match(this.value, (entry, start, end) => {
      if (!entry.langOnly || entry.lang === lang) raw.push({ entry, start, end });
    });
    for (const m of this.masked.find(this.value)) if (!m.entry.langOnly || m.entry.lang === lang) raw.push(m);
    const fixed = this.corrected;
    if (fixed) {
      // Harm words matched on the corrected text, placed on the words as written; cues
      // (negation, time, ...) are read as written only.
      this.lexicon.matcher.match(fixed.value, (entry, start, end) => {
        if (TYPO_TARGET_LISTS.has(entry.list) && (!entry.langOnly || entry.lang === lang))
          raw.push({ entry, start: fixed.toScanned(start), end: fixed.toScannedEnd(end) });
      });
    }
    const fillers = new Set<number>();
    for (const at of fillerStarts) {
      const t = tokens.at[at];
      if (t !== undefined && t >= 0) fillers.add(t);
    }
    const parts: TokenMatch[] = [];
    const matches = raw.filter((m) => {
      if (!m.entry.part) return true;
      parts.push(m);
      return false;
    });
    if (parts.length > 0) matches.push(...joinParts(parts, tokens, fillers));
    const hits: Hit[] = [];
    const byList = new Map<ListName, Hit[]>();
    const seen = new Set<number>();
    for (const m of matches) {
      // The same words in the same list of both languages (`loser`, `gays`) are one hit.
      const key = (LIST_INDEX.get(m.entry.list) ?? 0) * 2 ** 40 + m.start * 2 ** 20 + m.end;
      if (seen.has(key)) continue;
      seen.add(key);
      // A real message never holds hundreds of hits of one list; a hostile one may. Capping
      // each list keeps every rule that compares hits linear in the length of the text.
      if ((byList.get(m.entry.list)?.length ?? 0) >= MAX_HITS_PER_LIST) continue;
      const first = tokenFrom(tokens, m.start, m.end, 1);
      const last = tokenFrom(tokens, m.end - 1, m.start - 1, -1);
      if (first < 0 || last < first) continue;
      const hit = { entry: m.entry, start: m.start, end: m.end, first, last };
      hits.push(hit);
      const bucket = byList.get(m.entry.list);
      if (bucket) bucket.push(hit);
      else byList.set(m.entry.list, [hit]);
    }
    hits.sort((a, b) => a.start - b.start || a.end - b.end);
    for (const list of byList.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
    return { hits, byList, tokens };
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
    return this.b.byList.get(name) ?? [];
  }

  has(name: ListName): boolean {
    return this.b.byList.has(name);
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
}

const LIST_INDEX = new Map(LIST_NAMES.map((name, i) => [name, i]));

const CURLY_APOSTROPHE = /[\u2018\u2019\u02bc\u0060\u00b4]/g;

/** Hits kept per list and message (see the constructor). */
export const MAX_HITS_PER_LIST = 128;

function tokenFrom(tokens: Tokens, from: number, stop: number, step: 1 | -1): number {
  for (let i = from; i !== stop; i += step) {
    const t = tokens.at[i];
    if (t !== undefined && t >= 0) return t;
  }
  return -1;
}

/**
 * Shares one MessageScan between the detectors of one `analyse` call: the nine
 * detectors see the same NormalisedText object one after another, so the last scan is
 * kept (and replaced by the next message's).
 */
export class ScanCache {
  private last?: MessageScan;
  private readonly masked: MaskedWords;

  constructor(private readonly lexicon: AbuseLexicon) {
    this.masked = new MaskedWords(lexicon.entries);
  }

  scan(text: NormalisedText, context: DetectContext): MessageScan {
    const last = this.last;
    if (last && last.text === text && last.context === context) return last;
    this.last = new MessageScan(text, context, this.lexicon, this.masked);
    return this.last;
  }
}

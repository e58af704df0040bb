import type { LexiconEntry } from './line-file.js';

/** One occurrence of a lexicon entry in a text (indices into the searched string). */
export interface PhraseMatch<E extends LexiconEntry = LexiconEntry> {
  readonly entry: E;
  readonly start: number;
  readonly end: number;
}

interface CompiledTerm<E> {
  readonly entry: E;
  /** Length in fed characters (runs of spaces count as one). */
  readonly length: number;
  readonly openStart: boolean;
  readonly openEnd: boolean;
}

const WORD = /[\p{L}\p{N}]/u;

function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  return WORD.test(s[i] as string);
}

interface WordBounds {
  /** For each index, where the word containing it starts (the index itself outside words). */
  readonly start: Int32Array;
  /** For each index, where the word containing it ends (exclusive; index + 1 outside words). */
  readonly end: Int32Array;
}

/** Word extents for every index, in two linear sweeps (only built when a wildcard term hits). */
function wordBounds(text: string): WordBounds {
  const n = text.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    start[i] = i > 0 && isWordChar(text, i) && isWordChar(text, i - 1) ? (start[i - 1] as number) : i;
  }
  for (let i = n - 1; i >= 0; i--) {
    end[i] = i < n - 1 && isWordChar(text, i) && isWordChar(text, i + 1) ? (end[i + 1] as number) : i + 1;
  }
  return { start, end };
}

/**
 * Finds every lexicon entry in a normalised text in one linear pass (Aho-Corasick),
 * whatever the lexicon size: no regular expression that can backtrack, so a hostile
 * message costs time proportional to its length. Terms match whole words unless they
 * carry a `*` at an edge (`kanker*` also finds `kankerlijer`; the match is widened to
 * the whole word, so the evidence shows what was written). Runs of spaces in the text
 * match the single space of a phrase.
 */
export class PhraseMatcher<E extends LexiconEntry = LexiconEntry> {
  private readonly goto: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  private readonly out: CompiledTerm<E>[][] = [[]];
  /** Column of each ASCII character in `ascii` (0: in no term, so every state goes to the root). */
  private readonly column = new Int32Array(128);
  private width = 1;
  /**
   * The automaton's full transitions for ASCII characters (the goto and failure links
   * followed to the end, state * width + column): one array read per character of the
   * text instead of a map lookup per failure link. Other characters use `step`.
   */
  private ascii = new Int32Array(1);

  constructor(entries: readonly E[]) {
    for (const entry of entries) this.add(entry);
    this.compileAscii(this.link());
  }

  get size(): number {
    return this.goto.length;
  }

  findAll(text: string): PhraseMatch<E>[] {
    const matches: PhraseMatch<E>[] = [];
    const fedAt = new Int32Array(text.length);
    const last = new Map<CompiledTerm<E>, PhraseMatch<E>>();
    let words: WordBounds | undefined;
    let fed = 0;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x20 && i > 0 && text.charCodeAt(i - 1) === 0x20) continue;
      fedAt[fed++] = i;
      state =
        c < 128
          ? (this.ascii[state * this.width + (this.column[c] as number)] as number)
          : this.step(state, c);
      const outputs = this.out[state] as CompiledTerm<E>[];
      for (const term of outputs) {
        let start = fedAt[fed - term.length] as number;
        let end = i + 1;
        if (term.openStart || term.openEnd) {
          words ??= wordBounds(text);
          if (term.openStart) start = words.start[start] as number;
          if (term.openEnd) end = words.end[end - 1] as number;
        }
        if (!term.openStart && isWordChar(text, start - 1) && isWordChar(text, start)) continue;
        if (!term.openEnd && isWordChar(text, end) && isWordChar(text, end - 1)) continue;
        // A widened match is found again at every position inside the word: report it once.
        const prev = last.get(term);
        if (prev && prev.start === start && prev.end === end) continue;
        const m = { entry: term.entry, start, end };
        last.set(term, m);
        matches.push(m);
      }
    }
    return matches;
  }

  private step(state: number, c: number): number {
    let s = state;
    for (;;) {
      const next = (this.goto[s] as Map<number, number>).get(c);
      if (next !== undefined) return next;
      if (s === 0) return 0;
      s = this.fail[s] as number;
    }
  }

  private add(entry: E): void {
    const openStart = entry.term.startsWith('*');
    const openEnd = entry.term.length > 1 && entry.term.endsWith('*');
    const literal = entry.term.slice(openStart ? 1 : 0, openEnd ? -1 : undefined);
    let s = 0;
    for (let i = 0; i < literal.length; i++) {
      const c = literal.charCodeAt(i);
      const map = this.goto[s] as Map<number, number>;
      let next = map.get(c);
      if (next === undefined) {
        next = this.goto.length;
        map.set(c, next);
        this.goto.push(new Map());
        this.fail.push(0);
        this.out.push([]);
      }
      s = next;
    }
    (this.out[s] as CompiledTerm<E>[]).push({ entry, length: literal.length, openStart, openEnd });
  }

  /** Breadth-first failure links; outputs inherit their failure state's outputs. Returns the states in breadth-first order. */
  private link(): number[] {
    const queue: number[] = [];
    for (const child of (this.goto[0] as Map<number, number>).values()) queue.push(child);
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q] as number;
      for (const [c, child] of this.goto[s] as Map<number, number>) {
        queue.push(child);
        let f = this.fail[s] as number;
        while (f !== 0 && !(this.goto[f] as Map<number, number>).has(c)) f = this.fail[f] as number;
        const target = (this.goto[f] as Map<number, number>).get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const inherited = this.out[this.fail[child] as number] as CompiledTerm<E>[];
        if (inherited.length) this.out[child] = [...(this.out[child] as CompiledTerm<E>[]), ...inherited];
      }
    }
    return queue;
  }

  /** Fills `ascii` with what `step` answers, state by state in breadth-first order (a failure state is always done before). */
  private compileAscii(order: readonly number[]): void {
    const chars: number[] = [];
    for (const map of this.goto) for (const c of map.keys()) if (c < 128 && !chars.includes(c)) chars.push(c);
    chars.forEach((c, k) => {
      this.column[c] = k + 1;
    });
    const w = chars.length + 1;
    const table = new Int32Array(this.goto.length * w);
    for (const s of [0, ...order]) {
      const map = this.goto[s] as Map<number, number>;
      for (let k = 1; k < w; k++) {
        const next = map.get(chars[k - 1] as number);
        table[s * w + k] = next ?? (s === 0 ? 0 : (table[(this.fail[s] as number) * w + k] as number));
      }
    }
    this.width = w;
    this.ascii = table;
  }
}

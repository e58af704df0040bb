import type { AbuseEntry } from './abuse-lexicon.js';
import { WordTrie } from './word-trie.js';

/** One match: a lexicon entry over message words, with offsets in the value. */
export interface TokenMatch {
  readonly entry: AbuseEntry;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]/u;

function isWord(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  return WORD.test(s[i] as string);
}

/** Split text into match tokens: words (apostrophes inside words kept), emoji, punctuation marks. */
export function matchTokens(s: string): string[] {
  const out: string[] = [];
  forEachToken(s, (from, to) => out.push(s.slice(from, to)));
  return out;
}

function forEachToken(s: string, visit: (from: number, to: number) => void): void {
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isWord(s, i)) {
      while (j < n && (isWord(s, j) || (s.charCodeAt(j) === 0x27 && j + 1 < n && isWord(s, j + 1)))) j++;
    } else if (c >= 0xd800 && c <= 0xdbff && j < n) {
      j++;
    }
    visit(i, j);
    i = j;
  }
}

interface Term {
  readonly entry: AbuseEntry;
  readonly length: number;
}

/**
 * Aho-Corasick over words instead of characters: every lexicon line becomes a sequence
 * of word ids, and a message is read once as a sequence of words, each looked up in a
 * character trie while it is read (no substring, no allocation per word), whatever the
 * size of the lexicons. A second run over the same words skips filler words and writes
 * chat spellings out (`kben` -> `ik ben`), so `ik wil gewoon nie meer leve` matches
 * `ik wil niet meer leven`; it only runs when the message has such a word. Lines with
 * `*` at an edge match words that begin (`kanker*`) or end (`*mongool`) with the literal.
 */
export class TokenMatcher {
  private readonly words = new WordTrie();
  private readonly backwards = new WordTrie();
  private vocab = 0;
  private readonly ids = new Map<string, number>();
  private readonly next = new Map<number, number>();
  private readonly fail: number[] = [0];
  private readonly out: Term[][] = [[]];
  private readonly tagged: AbuseEntry[] = [];
  private readonly fillers = new Set<number>();
  private readonly spellings = new Map<number, number[]>();
  private readonly tags: number[] = [];
  private hasSuffixes = false;
  private buf = {
    ids: new Int32Array(64),
    starts: new Int32Array(64),
    ends: new Int32Array(64),
    fed: new Int32Array(128),
  };

  constructor(entries: readonly AbuseEntry[]) {
    for (const e of entries) {
      if (e.list === 'fillers') this.fillers.add(this.id(e.term));
      else if (e.list !== 'spellings') this.add(e);
    }
    for (const e of entries) {
      if (e.list !== 'spellings') continue;
      this.spellings.set(
        this.id(e.term),
        matchTokens((e.attrs.to ?? '').replace(/_/g, ' ')).map((t) => this.id(t)),
      );
    }
    this.link();
  }

  /** Calls `hit` for every match in `value`; returns the starts of filler words (for gaps). */
  match(value: string, hit: (entry: AbuseEntry, start: number, end: number) => void): number[] {
    let n = 0;
    let rewrite = false;
    const fillerStarts: number[] = [];
    const tags = this.tags;
    const len = value.length;
    let i = 0;
    while (i < len) {
      const c = value.charCodeAt(i);
      if (c === 0x20) {
        i++;
        continue;
      }
      let j = i + 1;
      if (isWord(value, i)) {
        while (
          j < len &&
          (isWord(value, j) || (value.charCodeAt(j) === 0x27 && j + 1 < len && isWord(value, j + 1)))
        )
          j++;
      } else if (c >= 0xd800 && c <= 0xdbff && j < len) {
        j++;
      }
      if (n === this.buf.ids.length) this.grow();
      const id = this.words.lookup(value, i, j, tags);
      if (this.hasSuffixes) this.backwards.suffixes(value, i, j, tags);
      if (tags.length > 0) {
        for (const t of tags) hit(this.tagged[t] as AbuseEntry, i, j);
        tags.length = 0;
      }
      this.buf.ids[n] = id;
      this.buf.starts[n] = i;
      this.buf.ends[n] = j;
      n++;
      if (id !== 0) {
        if (this.fillers.has(id)) {
          fillerStarts.push(i);
          rewrite = true;
        } else if (this.spellings.has(id)) rewrite = true;
      }
      i = j;
    }
    this.run(n, false, hit);
    if (rewrite) this.run(n, true, hit);
    return fillerStarts;
  }

  /** One pass; `clean` skips fillers and writes spellings out. */
  private run(n: number, clean: boolean, hit: (entry: AbuseEntry, start: number, end: number) => void): void {
    const { ids, starts, ends } = this.buf;
    let fed = 0;
    let state = 0;
    for (let k = 0; k < n; k++) {
      const id = ids[k] as number;
      let feed: readonly number[] | null = null;
      if (clean && id !== 0) {
        if (this.fillers.has(id)) continue;
        feed = this.spellings.get(id) ?? null;
      }
      const count = feed ? feed.length : 1;
      for (let j = 0; j < count; j++) {
        if (fed === this.buf.fed.length) this.growFed();
        this.buf.fed[fed++] = k;
        state = this.step(state, feed ? (feed[j] as number) : id);
        // A spelled-out word (`kben` -> `ik ben`) is matched whole or not at all.
        if (j < count - 1) continue;
        for (const term of this.out[state] as Term[]) {
          const from = fed - term.length;
          const first = this.buf.fed[from] as number;
          if (from > 0 && this.buf.fed[from - 1] === first) continue;
          hit(term.entry, starts[first] as number, ends[k] as number);
        }
      }
    }
  }

  private step(state: number, id: number): number {
    if (id === 0) return 0;
    let s = state;
    for (;;) {
      const n = this.next.get(s * 65536 + id);
      if (n !== undefined) return n;
      if (s === 0) return 0;
      s = this.fail[s] as number;
    }
  }

  private id(t: string): number {
    let id = this.ids.get(t);
    if (id === undefined) {
      id = ++this.vocab;
      this.ids.set(t, id);
      this.words.add(t, id);
    }
    return id;
  }

  private add(e: AbuseEntry): void {
    const openStart = e.term.startsWith('*');
    const openEnd = e.term.length > 1 && e.term.endsWith('*');
    const literal = e.term.slice(openStart ? 1 : 0, openEnd ? -1 : undefined);
    if ((openStart || openEnd) && !literal.includes(' ')) {
      const tag = this.tagged.length;
      this.tagged.push(e);
      const ok = openEnd
        ? this.words.addPrefix(literal, tag)
        : this.backwards.addPrefix([...literal].reverse().join(''), tag);
      if (ok && !openEnd) this.hasSuffixes = true;
      if (ok) return;
    }
    const words = matchTokens(literal);
    if (words.length === 0) return;
    let s = 0;
    for (const w of words) {
      const key = s * 65536 + this.id(w);
      let n = this.next.get(key);
      if (n === undefined) {
        n = this.out.length;
        this.next.set(key, n);
        this.out.push([]);
        this.fail.push(0);
      }
      s = n;
    }
    (this.out[s] as Term[]).push({ entry: e, length: words.length });
  }

  /** Breadth-first failure links; outputs inherit their failure state's outputs. */
  private link(): void {
    const children = new Map<number, [number, number][]>();
    for (const [key, child] of this.next) {
      const parent = Math.floor(key / 65536);
      const list = children.get(parent) ?? [];
      list.push([key % 65536, child]);
      children.set(parent, list);
    }
    const queue: number[] = (children.get(0) ?? []).map(([, c]) => c);
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q] as number;
      for (const [id, child] of children.get(s) ?? []) {
        queue.push(child);
        let f = this.fail[s] as number;
        while (f !== 0 && !this.next.has(f * 65536 + id)) f = this.fail[f] as number;
        const target = this.next.get(f * 65536 + id);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const inherited = this.out[this.fail[child] as number] as Term[];
        if (inherited.length) this.out[child] = [...(this.out[child] as Term[]), ...inherited];
      }
    }
  }

  private grow(): void {
    const size = this.buf.ids.length * 2;
    const copy = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.buf = {
      ids: copy(this.buf.ids),
      starts: copy(this.buf.starts),
      ends: copy(this.buf.ends),
      fed: this.buf.fed,
    };
  }

  private growFed(): void {
    const fed = new Int32Array(this.buf.fed.length * 2);
    fed.set(this.buf.fed);
    this.buf = { ...this.buf, fed };
  }
}

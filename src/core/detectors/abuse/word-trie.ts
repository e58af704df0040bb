/**
 * The lexicon's words in a character trie with flat array transitions for ASCII, so a
 * message word is looked up while it is read, without cutting a substring (the hot path
 * of every message). Words with other characters (`pinguïn` after folding stays ASCII,
 * but emoji and non-Latin letters do not) fall back to a map lookup.
 */
const ALPHABET = 38; // a-z, 0-9, apostrophe, other

function slot(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  if (c >= 0x30 && c <= 0x39) return 26 + c - 0x30;
  if (c === 0x27) return 36;
  return -1;
}

export class WordTrie {
  private trans = new Int32Array(ALPHABET * 1024);
  private word = new Int32Array(1024);
  /**
   * 1 where `prefixAt` has tags: lookups pass through a node per character, and a typed
   * array read is much cheaper there than a Map lookup that almost always misses.
   */
  private tagged = new Uint8Array(1024);
  /** Per node: the ids of `literal*` entries that end here (a word beginning with it). */
  readonly prefixAt = new Map<number, number[]>();
  private nodes = 1;
  private readonly other = new Map<string, number>();

  /** Register `w` with id `id` (> 0); returns the id. */
  add(w: string, id: number): void {
    const node = this.path(w);
    if (node === -1) this.other.set(w, id);
    else this.word[node] = id;
  }

  /** Register a prefix literal (`kanker` of `kanker*`) so that words through it report `tag`. */
  addPrefix(literal: string, tag: number): boolean {
    const node = this.path(literal);
    if (node === -1) return false;
    const tags = this.prefixAt.get(node) ?? [];
    tags.push(tag);
    this.prefixAt.set(node, tags);
    this.tagged[node] = 1;
    return true;
  }

  /**
   * The id of the word `s[from, to)` (0 when unknown), and every prefix tag passed on
   * the way, appended to `prefixes`.
   */
  lookup(s: string, from: number, to: number, prefixes: number[] | null): number {
    let node = 0;
    for (let i = from; i < to; i++) {
      const k = slot(s.charCodeAt(i));
      if (k === -1) return from === to ? 0 : (this.other.get(s.slice(from, to)) ?? 0);
      node = this.trans[node * ALPHABET + k] as number;
      if (node === 0) return 0;
      if (prefixes && this.tagged[node] === 1) {
        const tags = this.prefixAt.get(node);
        if (tags) for (const t of tags) prefixes.push(t);
      }
    }
    return this.word[node] as number;
  }

  /** Like `lookup`, walking the word from its end (a trie built from reversed literals). */
  suffixes(s: string, from: number, to: number, tags: number[]): void {
    let node = 0;
    for (let i = to - 1; i >= from; i--) {
      const k = slot(s.charCodeAt(i));
      if (k === -1) return;
      node = this.trans[node * ALPHABET + k] as number;
      if (node === 0) return;
      if (this.tagged[node] !== 1) continue;
      const t = this.prefixAt.get(node);
      if (t) for (const x of t) tags.push(x);
    }
  }

  private path(w: string): number {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const k = slot(w.charCodeAt(i));
      if (k === -1) return -1;
      let next = this.trans[node * ALPHABET + k] as number;
      if (next === 0) {
        next = this.nodes++;
        this.grow();
        this.trans[node * ALPHABET + k] = next;
      }
      node = next;
    }
    return node;
  }

  private grow(): void {
    if (this.nodes < this.word.length) return;
    const trans = new Int32Array(this.trans.length * 2);
    trans.set(this.trans);
    this.trans = trans;
    const word = new Int32Array(this.word.length * 2);
    word.set(this.word);
    this.word = word;
    const tagged = new Uint8Array(this.word.length);
    tagged.set(this.tagged);
    this.tagged = tagged;
  }
}

/**
 * Words, emoji, sentences and clauses of a normalised message. The context rules reason
 * in tokens ("a negation at most four words before the insult, in the same clause"), so
 * every token knows its sentence and clause. Linear in the length of the text.
 */
export interface Token {
  /** Index into the normalised value. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentence: number;
  readonly clause: number;
  /** An emoji or symbol token rather than a word. */
  readonly symbol: boolean;
}

export interface Tokens {
  readonly list: readonly Token[];
  /** Token index for every character of the value, -1 between tokens. */
  readonly at: Int32Array;
}

const WORD = /[\p{L}\p{N}]/u;
const SENTENCE_END = '.!?;';
const CLAUSE_END = ',:()';
/** Words that open a new clause (`but`, `omdat`): a negation before them does not reach past them. */
const CLAUSE_WORDS = new Set(['but', 'omdat', 'because', 'behalve', 'except']);
/**
 * Dutch `maar` is `but` and `want` is `because` before a subject (`..., maar ik wil`), and a particle in
 * imperatives (`wacht maar`, `huil maar`, `let maar op`), which must stay one clause.
 */
const AFTER_CONJUNCTION_MAAR = new Set([
  'ik',
  'je',
  'jij',
  'u',
  'hij',
  'zij',
  'ze',
  'we',
  'wij',
  'het',
  'dat',
  'die',
  'dit',
  'er',
  'de',
  'een',
  'mijn',
  'jouw',
  'zijn',
  'haar',
  'onze',
  'niemand',
  'iedereen',
  'als',
  'toen',
  'dan',
  'nu',
  'ook',
  'wel',
  'niet',
  'geen',
]);

function isWord(c: number, s: string, i: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  return WORD.test(s[i] as string);
}

/** A full stop with a word character (or `'` and one) right after it: part of a word. */
function glued(value: string, i: number): boolean {
  const next = value.charCodeAt(i + 1);
  if (Number.isNaN(next)) return false;
  if (isWord(next, value, i + 1)) return i > 0 && value.charCodeAt(i - 1) !== 0x20;
  return next === 0x27 && i + 2 < value.length && isWord(value.charCodeAt(i + 2), value, i + 2);
}

function nextWord(value: string, from: number): string {
  const m = /^\s*([\p{L}\p{N}']+)/u.exec(value.slice(from, from + 24));
  return m ? (m[1] as string) : '';
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function tokenize(value: string): Tokens {
  const list: Token[] = [];
  const at = new Int32Array(value.length).fill(-1);
  let sentence = 0;
  let clause = 0;
  let i = 0;
  const n = value.length;
  while (i < n) {
    const c = value.charCodeAt(i);
    if (c === 0x20) {
      i++;
      continue;
    }
    if (isWord(c, value, i)) {
      let j = i + 1;
      // An apostrophe between word characters stays inside the word (`zo'n`, `don't`, `homo's`).
      while (j < n) {
        const d = value.charCodeAt(j);
        if (isWord(d, value, j)) j++;
        else if (d === 0x27 && j + 1 < n && isWord(value.charCodeAt(j + 1), value, j + 1)) j += 2;
        else break;
      }
      const text = value.slice(i, j);
      if (
        list.length > 0 &&
        (CLAUSE_WORDS.has(text) ||
          ((text === 'maar' || text === 'want') && AFTER_CONJUNCTION_MAAR.has(nextWord(value, j))))
      ) {
        clause++;
      }
      push(list, at, i, j, text, sentence, clause, false);
      i = j;
      continue;
    }
    const ch = value[i] as string;
    if (SENTENCE_END.includes(ch)) {
      // `3.02`, `homo.'s`, `www.site.nl`: a full stop inside a word or number is no boundary.
      if (!(ch === '.' && glued(value, i))) {
        if (list.length > 0 && (list[list.length - 1] as Token).sentence === sentence) {
          sentence++;
          clause++;
        }
      }
      i++;
      continue;
    }
    if (CLAUSE_END.includes(ch) || (ch === '-' && value[i - 1] === ' ' && value[i + 1] === ' ')) {
      const inNumber = ch === ',' && isDigit(value.charCodeAt(i - 1)) && isDigit(value.charCodeAt(i + 1));
      if (!inNumber && list.length > 0 && (list[list.length - 1] as Token).clause === clause) clause++;
      i++;
      continue;
    }
    if (c < 0x80 || (c >= 0x2000 && c <= 0x206f) || (c >= 0xa0 && c <= 0xbf)) {
      // Other punctuation (typographic quotes and dashes included) separates; an ellipsis ends a sentence.
      if (c === 0x2026 && list.length > 0 && (list[list.length - 1] as Token).sentence === sentence) {
        sentence++;
        clause++;
      }
      i++;
      continue;
    }
    // Emoji and other symbols: one token per code point.
    const w = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    push(list, at, i, i + w, value.slice(i, i + w), sentence, clause, true);
    i += w;
  }
  return { list, at };
}

function push(
  list: Token[],
  at: Int32Array,
  start: number,
  end: number,
  text: string,
  sentence: number,
  clause: number,
  symbol: boolean,
): void {
  const idx = list.length;
  list.push({ start, end, text, sentence, clause, symbol });
  for (let k = start; k < end; k++) at[k] = idx;
}

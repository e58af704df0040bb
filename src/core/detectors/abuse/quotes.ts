/**
 * Quoted stretches of a message (`hij zei 'ga dood' tegen me`, `using "gay" as an insult`).
 * Words inside quotes are mentioned rather than used, which is what the quote-report and
 * counter-speech rules need to know. Apostrophes inside words (`zo'n`, `don't`) never
 * open or close a quote.
 */
export interface QuoteSpan {
  /** First character inside the quotes (index into the normalised value). */
  readonly start: number;
  /** Exclusive end inside the quotes. */
  readonly end: number;
}

const OPEN = new Set(["'", '"', '\u2018', '\u201c', '\u201e', '\u00ab', '\u201a']);
const CLOSE_FOR: Readonly<Record<string, string>> = {
  "'": "'\u2019",
  '"': '"\u201d',
  '\u2018': "\u2019'",
  '\u201c': '\u201d"',
  '\u201e': '\u201d\u201c"',
  '\u00ab': '\u00bb',
  '\u201a': "\u2019\u2018'",
};
const MAX_QUOTE = 240;
const WORD = /[\p{L}\p{N}]/u;

function isWordAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && WORD.test(s[i] as string);
}

export function findQuotes(value: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < value.length) {
    const ch = value[i] as string;
    if (!OPEN.has(ch) || isWordAt(value, i - 1) || value[i + 1] === ' ' || i + 1 >= value.length) {
      i++;
      continue;
    }
    const closers = CLOSE_FOR[ch] as string;
    let j = i + 1;
    let closed = -1;
    while (j < value.length && j - i <= MAX_QUOTE) {
      const c = value[j] as string;
      if (closers.includes(c) && value[j - 1] !== ' ' && !isWordAt(value, j + 1)) {
        closed = j;
        break;
      }
      j++;
    }
    if (closed === -1) {
      i++;
      continue;
    }
    spans.push({ start: i + 1, end: closed });
    i = closed + 1;
  }
  return spans;
}

/** Whether `[start, end)` lies inside one of the quoted spans. */
export function insideQuotes(spans: readonly QuoteSpan[], start: number, end: number): boolean {
  for (const q of spans) if (start >= q.start && end <= q.end) return true;
  return false;
}

import { LANGUAGES, type Language } from '../../categories.js';
import { ConfigError } from '../../config-error.js';
import type { LexiconSource } from '../../lexicon/lexicon-source.js';
import type { LexiconEntry } from '../../lexicon/line-file.js';
import { LIST_NAMES, LIST_SPECS, type ListName } from './lists.js';
import { TokenMatcher } from './token-matcher.js';
import { lexiconWords, TypoCorrector, typoTargets } from './typo-correction.js';

/** A lexicon line tagged with the list and language it came from. */
export interface AbuseEntry extends LexiconEntry {
  readonly list: ListName;
  readonly lang: Language;
  /** Only matches messages in `lang` (a word of one language that means something else in the other). */
  readonly langOnly: boolean;
  /** `list` and `list:kind`: what a hit of this entry tells the detectors' triggers. */
  readonly keys: readonly string[];
  /** Set on the parts of a gapped line (`ik wil ... dood`): which line, which part. */
  readonly part?: { readonly of: AbuseEntry; readonly index: number; readonly count: number };
}

/** `...` between words of a line: up to this many words may stand there (`ik wil echt heel graag dood`). */
export const GAP_WORDS = 3;

/**
 * All abuse lexicons of both languages in one Aho-Corasick automaton, so a message is
 * scanned once whatever the number of lists (ARCHITECTURE speed notes). Both languages
 * are scanned because Dutch chat borrows English abuse (`loser`, `kys`, `fuck`) and the
 * language guess of a short line is weak; a word that is harmless in the other language
 * (`hoe`, `slag`) carries `scope=lang`. A line with `...` between words (`ik wil ... dood`)
 * matches with up to GAP_WORDS words in between, in order, within one sentence, and never
 * across a negation (`ik wil niet dood`).
 */
export interface AbuseLexicon {
  /** Every list: run only for messages that have something a detector acts on. */
  readonly matcher: TokenMatcher;
  /** Only the lists that start a detector: the one pass every message gets. */
  readonly triggers: TokenMatcher;
  /** Capitalised words that are never names (`names` lines with `kind=not-name`), looked up per word. */
  readonly notNames: ReadonlySet<string>;
  readonly entries: readonly AbuseEntry[];
  /** Misspelt lexicon words (`wmen`, `moslmis`), read as the word they misspell. */
  readonly typos: TypoCorrector;
}

/** Lists whose hits can start a detector (see each detector's `triggers`). */
const TRIGGER_LISTS: ReadonlySet<ListName> = new Set<ListName>([
  'insults',
  'bully-phrases',
  'exclusion',
  'mockery',
  'slurs',
  'identity',
  'threats',
  'harm-verbs',
  'weapons',
  'glorification',
  'extremism',
  'self-harm',
  'self-harm-means',
  'death-wish',
  'sexual',
  'grooming',
  'account',
  'discrediting',
  'profanity',
  'fillers',
  'spellings',
]);

export function loadAbuseLexicon(lexicons: LexiconSource): AbuseLexicon {
  const entries: AbuseEntry[] = [];
  for (const lang of LANGUAGES) {
    for (const list of LIST_NAMES) {
      const spec = LIST_SPECS[list];
      const keys = Object.keys(spec.shape);
      for (const e of lexicons.read(`${lang}/${list}`, keys)) {
        const parsed = spec.safeParse(e.attrs);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new ConfigError(
            `bad attribute ${issue?.path.join('.') || ''}: ${issue?.message ?? 'invalid'}`,
            e.file,
            e.line,
          );
        }
        const keys = e.attrs.kind ? [list, `${list}:${e.attrs.kind}`] : [list];
        const entry: AbuseEntry = { ...e, list, lang, langOnly: e.attrs.scope === 'lang', keys };
        if (e.term === '...' || e.term.startsWith('... ') || e.term.endsWith(' ...')) {
          throw new ConfigError(`"..." must stand between words: "${e.term}"`, e.file, e.line);
        }
        const parts = e.term.split(' ... ');
        if (parts.length === 1) {
          entries.push(entry);
          continue;
        }
        if (parts.some((p) => p === '' || p === '...')) {
          throw new ConfigError(`"..." must stand between words: "${e.term}"`, e.file, e.line);
        }
        parts.forEach((term, index) => {
          entries.push({ ...entry, term, part: { of: entry, index, count: parts.length } });
        });
      }
    }
  }
  const notNames = new Set(
    entries.filter((e) => e.list === 'names' && e.attrs.kind === 'not-name').map((e) => e.term),
  );
  const matched = entries.filter((e) => !(e.list === 'names' && e.attrs.kind === 'not-name'));
  // Real words one edit from a lexicon word (`wonen`, `heten`): never corrected.
  const known = lexiconWords(entries);
  for (const lang of LANGUAGES) {
    const name = `${lang}/real-words`;
    if (lexicons.names().includes(name)) for (const e of lexicons.read(name)) known.add(e.term);
  }
  return {
    notNames,
    matcher: new TokenMatcher(matched),
    triggers: new TokenMatcher(entries.filter((e) => TRIGGER_LISTS.has(e.list))),
    entries,
    typos: new TypoCorrector(typoTargets(entries), known),
  };
}

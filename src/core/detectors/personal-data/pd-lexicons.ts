import { LANGUAGES } from '../../categories.js';
import { ConfigError } from '../../config-error.js';
import type { LexiconSource } from '../../lexicon/lexicon-source.js';
import type { LexiconEntry } from '../../lexicon/line-file.js';
import { PhraseMatcher } from '../../lexicon/phrase-matcher.js';

/** Roles of the words in `<lang>/pd-person-words.txt` (the file's header explains each). */
export const WORD_ROLES = [
  'self',
  'self-object',
  'self-plural',
  'det-self',
  'det',
  'det-other',
  'det-generic',
  'pronoun',
  'second-person',
  'pointer',
  'relative',
  'noun',
  'noun-plural',
  'noun-teacher',
  'title',
  'title-teacher',
  'generic',
  'link',
  'filler',
  'negation',
  'conditional',
  'contact-verb',
  'organisation',
  'occupation',
  'in-name-of',
  'subordinator',
  'coordinator',
  'preposition',
  'not-name',
] as const;
export type WordRole = (typeof WORD_ROLES)[number];

/** What a word of `<lang>/pd-context.txt` signals. */
export const CONTEXT_USES = [
  'dob',
  'birthday',
  'plate',
  'bsn',
  'address',
  'postcode',
  'not-personal',
  'phone',
  'unit',
] as const;
export type ContextUse = (typeof CONTEXT_USES)[number];

/** A lexicon term the personal-data detector looks for in the message, tagged by the file it came from. */
export interface PdTerm extends LexiconEntry {
  readonly source: 'health' | 'context' | 'street';
}

/**
 * Everything the personal-data detector reads from config/lexicons, compiled once at
 * start-up. Dutch and English lists are merged: class groups mix the two, and a short
 * message's language guess is too weak to pick a list.
 */
export interface PdLexicons {
  /** Health conditions, context words and street suffixes in one linear pass over `text.value`. */
  readonly matcher: PhraseMatcher<PdTerm>;
  /**
   * One literal RegExp of every health term: says cheaply whether a message without
   * digits can hold personal data at all (V8 runs a few hundred literal alternatives
   * in well under a microsecond per chat message; no quantifiers, so no backtracking).
   */
  readonly healthPrefilter: RegExp;
  readonly roles: ReadonlyMap<string, ReadonlySet<WordRole>>;
  /** Single words of any personal-data lexicon: never taken for a person's name. */
  readonly knownWords: ReadonlySet<string>;
  /** Public numbers (helplines) as written in the lexicon, with their names. */
  readonly publicNumbers: readonly { readonly number: string; readonly name: string }[];
}

/** Read and compile the `pd-*` lexicons; a bad line throws ConfigError with file:line. */
export function loadPdLexicons(source: LexiconSource): PdLexicons {
  const terms = new Map<string, PdTerm>();
  const addTerms = (name: string, attrs: readonly string[], tag: PdTerm['source']) => {
    for (const lang of LANGUAGES) {
      for (const entry of source.read(`${lang}/${name}`, attrs)) {
        if (tag === 'context') checkUse(entry);
        const key = `${tag}:${entry.term}:${entry.attrs.use ?? ''}`;
        if (!terms.has(key)) terms.set(key, { ...entry, source: tag });
      }
    }
  };
  addTerms('pd-health-conditions', ['caps', 'loose', 'reach'], 'health');
  addTerms('pd-context', ['use'], 'context');
  addTerms('pd-street-suffixes', [], 'street');

  const roles = new Map<string, Set<WordRole>>();
  for (const lang of LANGUAGES) {
    for (const entry of source.read(`${lang}/pd-person-words`, ['role'])) {
      const set = roles.get(entry.term) ?? new Set<WordRole>();
      for (const role of parseRoles(entry)) set.add(role);
      roles.set(entry.term, set);
    }
  }

  const knownWords = new Set<string>();
  for (const t of terms.values()) if (/^[a-z]+$/.test(t.term)) knownWords.add(t.term);

  const publicNumbers = source
    .read('nl/pd-public-numbers', ['name'])
    .map((e) => ({ number: e.term, name: e.attrs.name ?? e.term }));

  const healthLiterals = [...terms.values()]
    .filter((t) => t.source === 'health')
    .map((t) => (t.term.split(' ')[0] as string).replace(/\*/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return {
    matcher: new PhraseMatcher([...terms.values()]),
    healthPrefilter: new RegExp(healthLiterals.length ? healthLiterals.join('|') : '(?!)'),
    roles,
    knownWords,
    publicNumbers,
  };
}

function parseRoles(entry: LexiconEntry): WordRole[] {
  const raw = entry.attrs.role;
  if (!raw) throw new ConfigError(`"${entry.term}" needs a role=`, entry.file, entry.line);
  return raw.split(',').map((r) => {
    if (!(WORD_ROLES as readonly string[]).includes(r)) {
      throw new ConfigError(`unknown role "${r}" (known: ${WORD_ROLES.join(', ')})`, entry.file, entry.line);
    }
    return r as WordRole;
  });
}

function checkUse(entry: LexiconEntry): void {
  const use = entry.attrs.use;
  if (!use || !(CONTEXT_USES as readonly string[]).includes(use)) {
    throw new ConfigError(
      `"${entry.term}" needs use= one of ${CONTEXT_USES.join(', ')}`,
      entry.file,
      entry.line,
    );
  }
}

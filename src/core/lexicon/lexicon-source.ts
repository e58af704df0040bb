import { ConfigError } from '../config-error.js';
import { type LexiconEntry, parseLineFile } from './line-file.js';

/** The raw text of one lexicon file, keyed by name such as `nl/insults`. */
export interface LexiconFile {
  /** Path as the operator knows it, for error messages (`config/lexicons/nl/insults.txt`). */
  readonly file: string;
  readonly content: string;
}

/**
 * Lexicons by name, parsed on demand by the detector that knows which attributes they
 * carry. The core never reads files: the app hands it the contents (so the core stays
 * pure and tests can pass lexicons inline).
 */
export interface LexiconSource {
  /** Parse lexicon `name` (e.g. `nl/health-conditions`); a missing lexicon is a ConfigError. */
  read(name: string, allowedAttrs?: readonly string[]): LexiconEntry[];
  /** Names of every lexicon available, sorted. */
  names(): string[];
  /** Names of lexicons present but never read: a misnamed file would otherwise be silently ignored. */
  unread(): string[];
}

export function createLexiconSource(files: Readonly<Record<string, LexiconFile>>): LexiconSource {
  const read = new Set<string>();
  return {
    read(name, allowedAttrs = []) {
      const f = files[name];
      if (!f) throw new ConfigError(`lexicon "${name}" is missing`, `config/lexicons/${name}.txt`);
      read.add(name);
      return parseLineFile(f.file, f.content, allowedAttrs);
    },
    names() {
      return Object.keys(files).sort();
    },
    unread() {
      return this.names().filter((n) => !read.has(n));
    },
  };
}

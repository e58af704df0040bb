import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ConfigError } from '../core/config-error.js';
import { createLexiconSource, type LexiconFile, type LexiconSource } from '../core/lexicon/lexicon-source.js';

/**
 * Read every `config/lexicons/<lang>/<name>.txt` into a LexiconSource (names like
 * `nl/insults`). Only reading happens here; parsing and validation stay in the core,
 * and a problem in any file stops start-up with its path and line.
 */
export function loadLexicons(configDir: string): LexiconSource {
  const root = join(configDir, 'lexicons');
  const files: Record<string, LexiconFile> = {};
  let langs: string[];
  try {
    langs = readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory());
  } catch (e) {
    throw new ConfigError(`cannot read the lexicon folder (${(e as Error).message})`, root);
  }
  for (const lang of langs) {
    for (const name of readdirSync(join(root, lang))) {
      if (!name.endsWith('.txt')) continue;
      const path = join(root, lang, name);
      const shown = relative(process.cwd(), path) || path;
      files[`${lang}/${name.slice(0, -4)}`] = { file: shown, content: readFileSync(path, 'utf8') };
    }
  }
  return createLexiconSource(files);
}

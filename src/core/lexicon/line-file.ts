import { ConfigError } from '../config-error.js';
import { normalise } from '../text/normalise.js';

/**
 * One entry of a lexicon line file. Lexicons are data (config/lexicons/<lang>/*.txt)
 * so that a school, a translator or a reviewer can read and extend them without code.
 *
 *     # comment
 *     loser
 *     kanker*            | tags=disease
 *     *kanker            (a `*` opening the first or closing the last word: the word may continue there)
 *     maak je af         | severity=high target=person
 *
 * Terms are normalised exactly like messages, so `Kánker` and `kanker` are one entry.
 */
export interface LexiconEntry {
  /** Normalised term; may contain spaces (phrases) and `*` at word edges. */
  readonly term: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly file: string;
  readonly line: number;
}

const ATTR = /^([a-z][a-z0-9_-]*)=(\S+)$/;

/**
 * Parse a line file. Every problem throws a ConfigError naming file and line: a bad
 * lexicon must stop start-up, not silently weaken moderation.
 *
 * `allowedAttrs` lists the attribute keys this lexicon understands; anything else is
 * a typo that would otherwise be ignored.
 */
export function parseLineFile(
  file: string,
  content: string,
  allowedAttrs: readonly string[] = [],
): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  const seen = new Map<string, number>();
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = stripComment(lines[i] as string).trim();
    if (raw === '') continue;
    const [termPart, ...attrParts] = raw.split('|');
    const attrs = parseAttrs(attrParts.join(' '), allowedAttrs, file, lineNo);
    const term = normaliseTerm(termPart?.trim() ?? '', file, lineNo);
    const dup = seen.get(term);
    if (dup !== undefined) throw new ConfigError(`"${term}" is already listed on line ${dup}`, file, lineNo);
    seen.set(term, lineNo);
    entries.push({ term, attrs, file, line: lineNo });
  }
  return entries;
}

function stripComment(line: string): string {
  const at = line.indexOf('#');
  return at === -1 ? line : line.slice(0, at);
}

function parseAttrs(
  text: string,
  allowed: readonly string[],
  file: string,
  line: number,
): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const part of text.split(/\s+/).filter(Boolean)) {
    const m = ATTR.exec(part);
    if (!m) throw new ConfigError(`expected key=value after "|", got "${part}"`, file, line);
    const [, key, value] = m as unknown as [string, string, string];
    if (!allowed.includes(key)) {
      const known = allowed.length ? allowed.join(', ') : 'none';
      throw new ConfigError(`unknown attribute "${key}" (known: ${known})`, file, line);
    }
    attrs[key] = value;
  }
  return attrs;
}

function normaliseTerm(term: string, file: string, line: number): string {
  if (term === '') throw new ConfigError('empty term', file, line);
  const parts = term.split(/\s+/);
  const words = parts.map((w, i) => {
    const lead = w.startsWith('*');
    const trail = w.length > 1 && w.endsWith('*');
    if ((lead && i > 0) || (trail && i < parts.length - 1)) {
      throw new ConfigError(`"*" may only open the first word or close the last: "${term}"`, file, line);
    }
    const inner = w.slice(lead ? 1 : 0, trail ? -1 : undefined);
    if (inner.includes('*')) {
      throw new ConfigError(`"*" may only stand at the start or end of a word: "${term}"`, file, line);
    }
    const core = normalise(inner).value.trim();
    if (core === '') throw new ConfigError(`"${w}" is empty after normalisation`, file, line);
    if (/\s/.test(core))
      throw new ConfigError(`"${w}" splits into several words after normalisation`, file, line);
    return (lead ? '*' : '') + core + (trail ? '*' : '');
  });
  return words.join(' ');
}

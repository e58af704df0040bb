import type { LexiconEntry } from '../lexicon/line-file.js';
import { PhraseMatcher } from '../lexicon/phrase-matcher.js';
import { normalise } from '../text/normalise.js';

/**
 * A short list of phrases from the operator's configuration (B2's cues: "als
 * leerkracht", "namens de school"), found in a message the way lexicon terms are:
 * normalised like the message (case, accents, look-alikes), whole words, in one linear
 * pass. The policy asks only whether any of them is there.
 */
export class CuePhrases {
  private readonly matcher: PhraseMatcher;

  /** `source` names where the phrases come from, e.g. `config/defaults.yaml staffRole.roleCues`. */
  constructor(phrases: readonly string[], source: string) {
    const entries: LexiconEntry[] = [];
    const seen = new Set<string>();
    phrases.forEach((phrase, i) => {
      const term = normalise(phrase).value.trim().replace(/\s+/g, ' ');
      if (term === '' || seen.has(term)) return;
      seen.add(term);
      entries.push({ term, attrs: {}, file: source, line: i + 1 });
    });
    this.matcher = new PhraseMatcher(entries);
  }

  /** Whether any phrase occurs in `normalised` (a message's `normalise(...).value`). */
  foundIn(normalised: string): boolean {
    return this.matcher.findAll(normalised).length > 0;
  }
}

import type { MessageScan } from './message-scan.js';
import type { Token } from './tokens.js';

/**
 * Whether the word at `m` is a possessive, and whose: `mijn`/`my` the writer's, `haar`,
 * `jouw`, `his` someone else's. Dutch `zijn` is also the verb "are": it is a possessive
 * at the start of a clause or after a preposition or verb (`vanwege zijn angsten`,
 * `heeft zijn ...`), never right after a plural or pronoun subject (`wij zijn verhuisd`,
 * `ze zijn ziek`). `strict` also refuses it after any other word (`de symptomen zijn
 * angsten`), for uses where a wrong possessive would invent a person.
 */
export function possessiveAt(
  scan: MessageScan,
  tokens: readonly Token[],
  m: number,
  strict: boolean,
): 'self' | 'other' | undefined {
  const t = tokens[m];
  if (!t) return undefined;
  const roles = scan.roles(t.word);
  if (roles.has('det-self')) return 'self';
  if (!roles.has('det-other')) return undefined;
  if (!roles.has('link') || m === 0 || t.breakBefore) return 'other';
  const prev = scan.roles((tokens[m - 1] as Token).word);
  if (prev.has('preposition') || prev.has('link')) return 'other';
  const subject = ['self', 'self-plural', 'pronoun', 'noun-plural', 'generic'] as const;
  if (strict || subject.some((r) => prev.has(r))) return undefined;
  return 'other';
}

import type { MessageScan } from '../abuse/message-scan.js';
import { sigmoid } from './abuse-model.js';

/**
 * Naming a group is not harm: identity words on their own are neutral (`I love Muslims`,
 * `fijne Ramadan`, `ik ben moslim en trots`). The model learnt that hateful lines name
 * groups, so a group's name alone pushes its scores up. A model hit stands only if the
 * score without the push of the identity words still reaches three quarters of the
 * threshold: what is said about the group has to carry most of it. Not the whole
 * threshold: in a derogation the group's name is part of the harm (`muslims are
 * terrorists and should be kicked out` scores 0.43 without `muslims` against a threshold
 * of 0.49), while a name with kind or neutral words falls lower (`I love Muslims` 0.02,
 * `women are amazing` 0.11, `moslims zijn welkom in onze klas` 0.25).
 *
 * `contributions[k]` is what model token `first + k` adds to the logit; `isIdentity`
 * says whether a model token is an identity word (the rules' `identity` lexicon).
 */
export function restsOnIdentity(
  contributions: Float64Array,
  first: number,
  isIdentity: (token: number) => boolean,
  score: number,
  threshold: number,
): boolean {
  let push = 0;
  for (let k = 0; k < contributions.length; k++) {
    const v = contributions[k] as number;
    if (v > 0 && isIdentity(first + k)) push += v;
  }
  if (push === 0) return false;
  return sigmoid(logit(score) - push) < threshold * SHARE;
}

/** The scan tokens that are part of an identity word or phrase. */
export function identityTokens(scan: MessageScan): ReadonlySet<number> {
  const out = new Set<number>();
  for (const h of scan.list('identity')) for (let i = h.first; i <= h.last; i++) out.add(i);
  return out;
}

/** The part of the threshold the words besides the group's name must reach on their own. */
const SHARE = 0.75;

function logit(p: number): number {
  const q = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
  return Math.log(q / (1 - q));
}

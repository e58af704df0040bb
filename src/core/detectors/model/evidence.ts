/**
 * Which words made the model fire: the evidence a teacher sees, the anchor the context
 * rules look around, and the words `why` names. Works on the model's tokens of the
 * window that scored highest and what each token added to the category's logit.
 */
export interface Evidence {
  /** Model tokens `[first, last]` of the anchor: the strongest word and strong neighbours. */
  readonly anchorFirst: number;
  readonly anchorLast: number;
  /** Model tokens `[first, last]` of the evidence: the anchor's clause, widened to strong words of its sentence. */
  readonly first: number;
  readonly last: number;
  /** Tokens that added most, strongest first (at most `MAX_WORDS`). */
  readonly strongest: readonly number[];
}

/** Where a model token stands in the message (from the rule detectors' tokens). */
export interface Place {
  readonly clause: number;
  readonly sentence: number;
}

/** A neighbour joins the anchor when it adds at least this share of the strongest word. */
const ANCHOR_SHARE = 0.5;
const MAX_ANCHOR = 4;
/** The evidence reaches at most this many tokens either side of the strongest word. */
const MAX_REACH = 12;
export const MAX_WORDS = 3;

/**
 * `contributions[i]` belongs to token `offset + i`; `place(t)` says where token `t`
 * stands. The evidence is the strongest word's clause, widened to the other strongest
 * words of its sentence, so an alert quotes the words that made the call.
 */
export function findEvidence(
  contributions: Float64Array,
  offset: number,
  place: (token: number) => Place | undefined,
): Evidence {
  const n = contributions.length;
  let top = 0;
  for (let i = 1; i < n; i++) if ((contributions[i] as number) > (contributions[top] as number)) top = i;
  const best = Math.max(contributions[top] as number, 1e-9);
  const home = place(offset + top);
  const inClause = (i: number) => home !== undefined && place(offset + i)?.clause === home.clause;
  const inSentence = (i: number) => home !== undefined && place(offset + i)?.sentence === home.sentence;
  const strong = (i: number) =>
    i >= 0 && i < n && (contributions[i] as number) >= ANCHOR_SHARE * best && inClause(i);
  let a0 = top;
  let a1 = top;
  while (a1 - a0 + 1 < MAX_ANCHOR && (strong(a0 - 1) || strong(a1 + 1))) {
    if (strong(a0 - 1)) a0--;
    else a1++;
  }
  const strongest = [...contributions.keys()]
    .filter((i) => (contributions[i] as number) > 0)
    .sort((x, y) => (contributions[y] as number) - (contributions[x] as number) || x - y)
    .slice(0, MAX_WORDS);
  const lo = Math.max(0, top - MAX_REACH);
  const hi = Math.min(n - 1, top + MAX_REACH);
  let e0 = a0;
  let e1 = a1;
  while (e0 - 1 >= lo && inClause(e0 - 1)) e0--;
  while (e1 + 1 <= hi && inClause(e1 + 1)) e1++;
  for (const i of strongest) {
    if (i < lo || i > hi || !inSentence(i)) continue;
    e0 = Math.min(e0, i);
    e1 = Math.max(e1, i);
  }
  return {
    anchorFirst: offset + a0,
    anchorLast: offset + a1,
    first: offset + e0,
    last: offset + e1,
    strongest: strongest.map((i) => offset + i),
  };
}

import { join } from 'node:path';
import { expect } from 'vitest';
import { loadLexicons } from '../../../../src/app/load-lexicons.js';
import type { Language, PersonalDataKind, Target } from '../../../../src/core/categories.js';
import type { DetectContext } from '../../../../src/core/detectors/detector.js';
import { createPersonalDataDetector } from '../../../../src/core/detectors/personal-data/personal-data-detector.js';
import type { Finding } from '../../../../src/core/finding.js';
import { normalise } from '../../../../src/core/text/normalise.js';

/** The detector built from the shipped config/lexicons, once for every test file. */
export const detector = createPersonalDataDetector(
  loadLexicons(join(import.meta.dirname, '../../../../config')),
);

export function context(over: Partial<DetectContext> = {}): DetectContext {
  return {
    lang: 'nl',
    allowList: [],
    memberNames: [],
    teacherNames: [],
    mentions: [],
    isReply: false,
    authorRole: 'parent',
    ...over,
  };
}

/** Every finding (standing and vetoed) for `text`, with its evidence as written. */
export function findAll(text: string, over: Partial<DetectContext> = {}): (Finding & { evidence: string })[] {
  return detector
    .detect(normalise(text), context(over))
    .map((f) => ({ ...f, evidence: text.slice(f.start, f.end) }));
}

/** Standing findings only: what the bot acts on. */
export function findStanding(text: string, over: Partial<DetectContext> = {}) {
  return findAll(text, over).filter((f) => !f.vetoed);
}

/**
 * One line of a table: a realistic chat message and what should be found in it. A
 * `kind` of `null` marks a trap: nothing may stand. `evidence` is the exact span
 * expected in the original text; `target` whose data it is.
 */
export type Case = readonly [text: string, kind: PersonalDataKind | null, evidence?: string, target?: Target];

/** Table lines as `it.each` rows, labelled by their text and what they expect. */
export function rows(cases: readonly Case[]): [string, Case][] {
  return cases.map((c) => [`${c[0]} -> ${c[1] ?? 'nothing'}${c[2] ? ` "${c[2]}"` : ''}`, c]);
}

/** Check one table line against the detector. */
export function expectCase([text, kind, evidence, target]: Case, lang: Language = 'nl'): void {
  const standing = findStanding(text, { lang });
  if (kind === null) {
    expect(standing.map((f) => `${f.kind}:${f.rule}:${f.evidence}`)).toEqual([]);
    return;
  }
  const hit = standing.find((f) => f.kind === kind && (evidence === undefined || f.evidence === evidence));
  expect(
    hit,
    `${kind} "${evidence ?? '*'}" in ${JSON.stringify(standing.map((f) => [f.kind, f.evidence]))}`,
  ).toBeDefined();
  if (target) expect(hit?.target).toBe(target);
}

/** How a table line comes out (for the precision/recall summary). */
export function outcome([text, kind, evidence]: Case, lang: Language = 'nl'): 'tp' | 'fn' | 'tn' | 'fp' {
  const standing = findStanding(text, { lang });
  if (kind === null) return standing.length === 0 ? 'tn' : 'fp';
  const ok = standing.some((f) => f.kind === kind && (evidence === undefined || f.evidence === evidence));
  return ok ? 'tp' : 'fn';
}

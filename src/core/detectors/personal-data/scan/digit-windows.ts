import type { DigitGroup, NumberRun } from './number-runs.js';

const INNER: ReadonlySet<string> = new Set([' ', '-', '.']);

/** A stretch of whole groups of one run that a recogniser may read as one number. */
export interface DigitWindow {
  readonly run: NumberRun;
  /** First and last group (inclusive). */
  readonly from: number;
  readonly to: number;
  readonly digits: string;
  /** Group lengths, e.g. `[4, 4, 4, 4]`. */
  readonly shape: readonly number[];
  /** Span in `text.plain`. */
  readonly start: number;
  readonly end: number;
}

/**
 * Windows of a run whose groups are joined by one and the same separator (`1234 5678`,
 * `6836.44.294`) and that stand apart from their neighbours: the group before and after
 * use a different separator (or there is none), and no letter touches the window
 * (`nl91abna0417...`, `3sabc1234567`). A recogniser then checks the digit count and
 * shape it expects; windows longer than `maxDigits` are never built, which keeps the
 * work per group bounded, and runs with fewer than `minDigits` are skipped at once.
 */
export function* digitWindows(
  runs: readonly NumberRun[],
  minDigits: number,
  maxDigits: number,
): Generator<DigitWindow> {
  for (const run of runs) {
    if (run.digitCount < minDigits) continue;
    const g = run.groups;
    for (let from = 0; from < g.length; from++) {
      const first = g[from] as DigitGroup;
      if (first.spelled || (from === 0 && run.gluedBefore)) continue;
      let digits = '';
      const shape: number[] = [];
      for (let to = from; to < g.length; to++) {
        const group = g[to] as DigitGroup;
        if (group.spelled) break;
        if (to > from + 1 && group.sep !== (g[from + 1] as DigitGroup).sep) break;
        if (to > from && !INNER.has(group.sep)) break;
        digits += group.digits;
        shape.push(group.digits.length);
        if (digits.length > maxDigits) break;
        if (!standsApart(g, from, to, run)) continue;
        yield { run, from, to, digits, shape: [...shape], start: first.start, end: group.end };
      }
    }
  }
}

function standsApart(g: readonly DigitGroup[], from: number, to: number, run: NumberRun): boolean {
  if (to === g.length - 1 && run.gluedAfter) return false;
  const inner = from < to ? (g[from + 1] as DigitGroup).sep : undefined;
  const before = from > 0 ? (g[from] as DigitGroup).sep : undefined;
  const after = to < g.length - 1 ? (g[to + 1] as DigitGroup).sep : undefined;
  if (inner === undefined) return true;
  return before !== inner && after !== inner;
}

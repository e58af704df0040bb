/**
 * The Dutch licence-plate side codes 1-14 (RDW), as letter (L) and digit (D) groups.
 * Every Dutch plate since 1951 has one of these shapes, six characters in three groups.
 */
export const SIDECODES: ReadonlyMap<string, number> = new Map([
  ['LL-DD-DD', 1],
  ['DD-DD-LL', 2],
  ['DD-LL-DD', 3],
  ['LL-DD-LL', 4],
  ['LL-LL-DD', 5],
  ['DD-LL-LL', 6],
  ['DD-LLL-D', 7],
  ['D-LLL-DD', 8],
  ['LL-DDD-L', 9],
  ['L-DDD-LL', 10],
  ['LLL-DD-L', 11],
  ['L-DD-LLL', 12],
  ['D-LL-DDD', 13],
  ['DDD-LL-D', 14],
]);

/** Month abbreviations that would otherwise make `3-mei-15` look like side code 8. */
const MONTHS = new Set('jan feb mrt mar apr mei may jun jul aug sep okt oct nov dec'.split(' '));

function shapeOf(group: string): string | undefined {
  if (/^[a-z]+$/.test(group)) return 'L'.repeat(group.length);
  if (/^[0-9]+$/.test(group)) return 'D'.repeat(group.length);
  return undefined;
}

/** The side code of three groups (`['gb', '123', 'x']` -> 9), or undefined. */
export function sidecodeOf(groups: readonly string[]): number | undefined {
  if (groups.length !== 3) return undefined;
  const shapes = groups.map(shapeOf);
  if (shapes.some((s) => s === undefined)) return undefined;
  if (groups.some((g) => MONTHS.has(g))) return undefined;
  return SIDECODES.get(shapes.join('-'));
}

/**
 * Split a plate written without dashes (`58ztj9`, `hn482k`) into its groups: letters and
 * digits alternate, and a run of four letters or digits is two groups of two (side
 * codes 1-6).
 */
export function splitCompactPlate(compact: string): string[] | undefined {
  const runs = compact.match(/[a-z]+|[0-9]+/g) ?? [];
  if (runs.length === 3) return runs;
  if (runs.length !== 2) return undefined;
  const [a, b] = runs as [string, string];
  if (a.length === 4 && b.length === 2) return [a.slice(0, 2), a.slice(2), b];
  if (a.length === 2 && b.length === 4) return [a, b.slice(0, 2), b.slice(2)];
  return undefined;
}

/**
 * Month names and their usual abbreviations in Dutch and English, as written in chat
 * (`3 mei 2016`, `17 feb. 2013`, `May 3rd`). A closed list of the language, so code, not
 * a lexicon.
 */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['januari january jan', 1],
    ['februari february feb', 2],
    ['maart march mrt mar', 3],
    ['april apr', 4],
    ['mei may', 5],
    ['juni june jun', 6],
    ['juli july jul', 7],
    ['augustus august aug', 8],
    ['september sept sep', 9],
    ['oktober october okt oct', 10],
    ['november nov', 11],
    ['december dec', 12],
  ].flatMap(([names, month]) => (names as string).split(' ').map((n) => [n, month as number] as const)),
);

import type { HeaderLine } from './header-line.js';

/**
 * How the three date numbers of a header are to be read. Phones write the date in
 * their own locale and the file does not say which: `03/04/2025` is 3 April in the
 * Netherlands and the UK, 4 March in the US.
 */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';
export const DATE_ORDERS: readonly DateOrder[] = ['dmy', 'mdy', 'ymd'];

/**
 * Collects the evidence of a file's headers: a first number above 12 can only be a
 * day, a second one above 12 only a day in US order, four digits first only a year.
 * Without evidence (an export of the first twelve days of a month) the habit of the
 * style decides: AM/PM with slashes is American, everything else day first (nl, en-GB).
 */
export class DateOrderEvidence {
  private readonly seen: Record<DateOrder, number> = { dmy: 0, mdy: 0, ymd: 0 };
  private firstHeader: HeaderLine | undefined;

  add(h: HeaderLine): void {
    this.firstHeader ??= h;
    if (h.widths[0] === 4) this.seen.ymd++;
    else if (h.date[0] > 12) this.seen.dmy++;
    else if (h.date[1] > 12) this.seen.mdy++;
  }

  /** Whether any header settled the question (so a first pass may stop reading). */
  get settled(): boolean {
    return this.seen.dmy + this.seen.mdy + this.seen.ymd > 0;
  }

  /** The order with the most evidence, or the style's habit when there is none. */
  decide(): DateOrder {
    const ranked = [...DATE_ORDERS].sort((a, b) => this.seen[b] - this.seen[a]);
    const top = ranked[0] as DateOrder;
    if (this.seen[top] > 0) return top;
    const h = this.firstHeader;
    return h?.separator === '/' && h.meridiem !== undefined ? 'mdy' : 'dmy';
  }
}

/** The calendar date of a header in a given order; undefined when it is no real date. */
export function headerDate(
  h: HeaderLine,
  order: DateOrder,
): { year: number; month: number; day: number } | undefined {
  const [a, b, c] = h.date;
  const [day, month, rawYear, yearWidth] =
    order === 'ymd'
      ? [c, b, a, h.widths[0]]
      : order === 'dmy'
        ? [a, b, c, h.widths[2]]
        : [b, a, c, h.widths[2]];
  const year = yearWidth <= 2 ? 2000 + rawYear : rawYear;
  if (yearWidth === 3 || year < 2009 || year > 2100) return undefined; // WhatsApp exists since 2009
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return { year, month, day };
}

/**
 * The start of a new entry in a WhatsApp "Export chat" file, before the date order is
 * known. Android writes `12-03-2025 14:05 - Name: text` (nl) or `12/03/2025, 14:05 - Name:
 * text` (en, `3/12/25, 2:05 PM` in the US); iOS writes `[12-03-2025 14:05:33] Name: text`.
 * Any line that does not start like this continues the previous message.
 */
export interface HeaderLine {
  readonly style: 'android' | 'ios';
  /** The three date numbers in the order written; their meaning depends on the locale. */
  readonly date: readonly [number, number, number];
  /** Digits of each date number as written (a 4-digit first number means year first). */
  readonly widths: readonly [number, number, number];
  readonly separator: '/' | '-' | '.';
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly meridiem?: 'am' | 'pm';
  /** Everything after the timestamp: `Name: text`, or a system notice. */
  readonly rest: string;
}

const DATE = String.raw`(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})`;
// Time with optional seconds and optional AM/PM (Android puts U+202F before it).
const TIME = String.raw`(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:[\s\u202f\u00a0]?([AaPp])\.?\s?[Mm]\.?)?`;
const ANDROID = new RegExp(String.raw`^${DATE},?[\s\u202f]${TIME}\s[-\u2013]\s(.*)$`);
const IOS = new RegExp(String.raw`^\[${DATE},?[\s\u202f]${TIME}\]\s(.*)$`);
/** Marks iOS puts before system notices and media; also a byte order mark on line 1. */
const LEADING_MARKS = /^[\ufeff\u200e\u200f]+/;

/** Recognises an entry's first line; undefined for a continuation line. */
export function parseHeaderLine(line: string): HeaderLine | undefined {
  const clean = line.replace(LEADING_MARKS, '');
  const c = clean.charCodeAt(0);
  if (c !== 0x5b && (c < 0x30 || c > 0x39)) return undefined; // `[` or a digit: cheap pre-check
  const ios = c === 0x5b;
  const m = (ios ? IOS : ANDROID).exec(clean);
  if (!m) return undefined;
  const [, a, sep, b, y, h, mi, s, ampm, rest] = m as unknown as string[];
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (minute > 59 || second > 59 || hour > 23) return undefined;
  const meridiem = ampm === undefined ? undefined : ampm.toLowerCase() === 'a' ? 'am' : 'pm';
  if (meridiem && (hour < 1 || hour > 12)) return undefined;
  return {
    style: ios ? 'ios' : 'android',
    date: [Number(a), Number(b), Number(y)],
    widths: [(a as string).length, (b as string).length, (y as string).length],
    separator: sep as '/' | '-' | '.',
    hour,
    minute,
    second,
    ...(meridiem ? { meridiem } : {}),
    rest: rest as string,
  };
}

/** 24-hour clock hour of a header (12 AM is midnight, 12 PM noon). */
export function hour24(h: HeaderLine): number {
  if (!h.meridiem) return h.hour;
  return (h.hour % 12) + (h.meridiem === 'pm' ? 12 : 0);
}

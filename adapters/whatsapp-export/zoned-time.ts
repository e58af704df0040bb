/** A wall-clock moment as a phone printed it: no zone, no offset. */
export interface LocalDateTime {
  readonly year: number;
  /** 1-12 */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Offset of `timeZone` from UTC at instant `ms`, in milliseconds (CET: +3,600,000). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(
    parts.year as number,
    (parts.month as number) - 1,
    parts.day as number,
    parts.hour as number,
    parts.minute as number,
    parts.second as number,
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

const HOUR_MS = 3_600_000;
const HALF_DAY_MS = 12 * HOUR_MS;
/** Offsets by wall-clock hour and zone: exports are chronological, so nearly every lookup hits. */
const offsetCache = new Map<string, number>();

/**
 * The instant a wall-clock time in `timeZone` denotes. WhatsApp exports print the
 * phone's local time without an offset; the school's zone turns it into a real moment.
 * A time in the hour skipped in spring is read with the offset before the change; in
 * the hour repeated in autumn it is the first of the two (zones change on whole hours).
 */
export function localToInstant(t: LocalDateTime, timeZone: string): Date {
  const wall = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  const key = `${timeZone} ${Math.floor(wall / HOUR_MS)}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    const before = zoneOffsetMs(wall - HALF_DAY_MS, timeZone);
    const after = zoneOffsetMs(wall + HALF_DAY_MS, timeZone);
    const fits = [before, after].filter((o) => zoneOffsetMs(wall - o, timeZone) === o);
    offset = fits.length > 0 ? Math.max(...fits) : before;
    if (offsetCache.size > 50_000) offsetCache.clear();
    offsetCache.set(key, offset);
  }
  return new Date(wall - offset);
}

/** `YYYY-MM-DD` of a wall-clock time: the day a teacher sees in the chat. */
export function localDay(t: LocalDateTime): string {
  return `${t.year}-${pad(t.month)}-${pad(t.day)}`;
}

export function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

import type { Language } from '../../core/categories.js';
import type { LessonHours } from '../../store/groups.js';
import { lessonHoursSchema } from '../../store/groups.js';

const DAY_WORDS: Readonly<Record<string, number>> = {
  ma: 1,
  di: 2,
  wo: 3,
  do: 4,
  vr: 5,
  za: 6,
  zo: 7,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};
const RANGE = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/;

/**
 * Reads lesson hours as a teacher types them (A1): day words or ranges (`ma`, `ma-vr`,
 * `mon,wed`) each followed by one or more time ranges (`08:30-12:00`). Every range
 * applies to the days written before it. Returns the blocks, or the first word it could
 * not read so the reply can quote it.
 */
export function parseLessonHours(args: readonly string[]): { blocks: LessonHours[] } | { bad: string } {
  const blocks: LessonHours[] = [];
  let days: number[] = [];
  let rangesForDays = 0;
  for (const raw of args) {
    const word = raw.toLowerCase().replace(/,$/, '');
    const range = RANGE.exec(word);
    if (range) {
      if (days.length === 0) return { bad: raw };
      const from = `${range[1]?.padStart(2, '0')}:${range[2]}`;
      const to = `${range[3]?.padStart(2, '0')}:${range[4]}`;
      for (const weekday of days) {
        const parsed = lessonHoursSchema.safeParse({ weekday, from, to });
        if (!parsed.success) return { bad: raw };
        blocks.push(parsed.data);
      }
      rangesForDays += 1;
      continue;
    }
    const parsedDays = parseDays(word);
    if (!parsedDays) return { bad: raw };
    if (days.length > 0 && rangesForDays === 0) return { bad: raw };
    days = parsedDays;
    rangesForDays = 0;
  }
  if (days.length > 0 && rangesForDays === 0) return { bad: args.at(-1) ?? '' };
  blocks.sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from));
  return { blocks };
}

function parseDays(word: string): number[] | undefined {
  const out: number[] = [];
  for (const part of word.split(',')) {
    const [a, b] = part.split('-');
    const from = DAY_WORDS[a ?? ''];
    const to = b === undefined ? from : DAY_WORDS[b];
    if (from === undefined || to === undefined || to < from) return undefined;
    for (let d = from; d <= to; d++) out.push(d);
  }
  return out;
}

/** `ma-vr 08:30-12:00, 13:00-14:30; za 09:00-10:00`: consecutive days with the same hours share a line. */
export function formatLessonHours(
  blocks: readonly LessonHours[],
  dayName: (weekday: number) => string,
  _lang: Language,
): string {
  const byDay = new Map<number, string>();
  for (const b of blocks)
    byDay.set(b.weekday, [byDay.get(b.weekday), `${b.from}-${b.to}`].filter(Boolean).join(', '));
  const parts: string[] = [];
  let run: { first: number; last: number; hours: string } | undefined;
  const flush = () => {
    if (!run) return;
    const days = run.first === run.last ? dayName(run.first) : `${dayName(run.first)}-${dayName(run.last)}`;
    parts.push(`${days} ${run.hours}`);
  };
  for (let d = 1; d <= 7; d++) {
    const hours = byDay.get(d);
    if (hours && run && run.hours === hours && run.last === d - 1) run.last = d;
    else {
      flush();
      run = hours ? { first: d, last: d, hours } : undefined;
    }
  }
  flush();
  return parts.join('; ');
}

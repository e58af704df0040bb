import type { Role } from '../message.js';
import type { LessonBlock, PolicyGroup } from './policy-input.js';

const WEEKDAYS: Readonly<Record<string, number>> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const formats = new Map<string, Intl.DateTimeFormat>();

/** ISO weekday and `HH:MM` of an instant in a time zone (lesson hours are local school times). */
export function localClock(at: Date, timeZone: string): { readonly weekday: number; readonly time: string } {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: WEEKDAYS[part('weekday')] ?? 0, time: `${part('hour')}:${part('minute')}` };
}

/** The lesson block `at` falls in, if any (`from` inclusive, `to` exclusive, local time). */
export function lessonBlockAt(
  at: Date,
  blocks: readonly LessonBlock[],
  timeZone: string,
): LessonBlock | undefined {
  if (blocks.length === 0) return undefined;
  const { weekday, time } = localClock(at, timeZone);
  return blocks.find((b) => b.weekday === weekday && b.from <= time && time < b.to);
}

/** Roles A1 speaks to in a pupils' group: pupils (and whoever the platform could not place). */
const LESSON_ROLES: readonly Role[] = ['pupil', 'unknown', 'parent'];

/**
 * A1: "staff and pupils are not active on social media during lessons, unless permitted
 * in advance". Only pupils' groups have lesson hours that matter; staff run the lesson;
 * a teacher's exception (`lessons vrij`) permits it until it ends.
 */
export function lessonTimeApplies(
  group: PolicyGroup,
  role: Role,
  at: Date,
): { readonly applies: boolean; readonly block?: LessonBlock; readonly why: string } {
  if (group.type !== 'pupils') return { applies: false, why: 'not a pupils group' };
  if (!LESSON_ROLES.includes(role)) return { applies: false, why: `author is ${role}` };
  const block = lessonBlockAt(at, group.lessonHours, group.timeZone);
  if (!block) return { applies: false, why: 'outside lesson hours' };
  if (group.lessonExceptionUntil && at.getTime() < group.lessonExceptionUntil.getTime()) {
    return { applies: false, block, why: 'A1 exception granted by the teacher' };
  }
  return { applies: true, block, why: `A1: lesson time (${block.from}-${block.to} local)` };
}

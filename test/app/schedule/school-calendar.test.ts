import { describe, expect, it } from 'vitest';
import { SchoolCalendar } from '../../../src/app/schedule/school-calendar.js';
import { scheduleConfig } from './schedule-harness.js';

const calendar = new SchoolCalendar(scheduleConfig());

describe('SchoolCalendar', () => {
  it('tells the local day, not the UTC one', () => {
    expect(calendar.day(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30'); // 00:30 CEST
  });

  it('knows the holidays, first and last day included', () => {
    expect(calendar.holidayOn('2026-02-14')?.name).toBe('voorjaarsvakantie');
    expect(calendar.holidayOn('2026-02-22')?.name).toBe('voorjaarsvakantie');
    expect(calendar.holidayOn('2026-02-23')).toBeUndefined();
  });

  it('starts the school year on the first weekday from 15 August that is not a holiday', () => {
    // The summer holiday of 2026 runs to Sunday 30 August: school starts Monday 31 August.
    expect(calendar.firstSchoolDay(2026)).toBe('2026-08-31');
    // 2025 has no summer holiday configured: Friday 15 August itself.
    expect(calendar.firstSchoolDay(2025)).toBe('2025-08-15');
    expect(calendar.schoolYearStart('2026-11-24')).toBe('2026-08-31');
    expect(calendar.schoolYearStart('2026-06-01')).toBe('2025-08-15');
  });
});

import type { ScheduleConfig } from './schedule-config.js';

export interface Holiday {
  readonly name: string;
  /** `YYYY-MM-DD`, inclusive. */
  readonly from: string;
  readonly to: string;
}

const DAY_MS = 86_400_000;

/**
 * The school's calendar in its own time zone: which local day it is, whether that day
 * is in a holiday (tips and digests pause), and when the school year starts (the
 * consent-register reminder). Days are `YYYY-MM-DD` strings, compared as text.
 */
export class SchoolCalendar {
  private readonly format: Intl.DateTimeFormat;
  private readonly holidays: readonly Holiday[];
  private readonly startsOn: string;

  constructor(config: Pick<ScheduleConfig, 'timeZone' | 'holidays' | 'schoolYear'>) {
    this.format = new Intl.DateTimeFormat('en-CA', {
      timeZone: config.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    this.holidays = config.holidays;
    this.startsOn = config.schoolYear.startsOn;
  }

  /** The local calendar day of an instant. */
  day(at: Date): string {
    return this.format.format(at);
  }

  holidayOn(day: string): Holiday | undefined {
    return this.holidays.find((h) => h.from <= day && day <= h.to);
  }

  /** The first school day of the school year that `day` belongs to. */
  schoolYearStart(day: string): string {
    const year = Number(day.slice(0, 4));
    const thisYear = this.firstSchoolDay(year);
    return day >= thisYear ? thisYear : this.firstSchoolDay(year - 1);
  }

  /** From `startsOn` in `year`, the first Monday-to-Friday that is not in a holiday. */
  firstSchoolDay(year: number): string {
    let t = Date.parse(`${year}-${this.startsOn}T00:00:00Z`);
    for (let i = 0; i < 120; i++, t += DAY_MS) {
      const d = new Date(t);
      const weekday = d.getUTCDay();
      const day = d.toISOString().slice(0, 10);
      if (weekday !== 0 && weekday !== 6 && !this.holidayOn(day)) return day;
    }
    return `${year}-${this.startsOn}`;
  }
}

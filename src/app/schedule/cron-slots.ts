import { createTask, parse, type ScheduledTask } from 'node-cron';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * Answers "when should this job last have run?" for a cron expression in a time zone,
 * so a run missed while the bot was down can be caught up. node-cron's own matcher
 * decides (the same rules the live schedule uses, clock changes included); this only
 * walks back over the candidate minutes: per local day, the expression's hours and
 * minutes, latest first.
 */
export class CronSlots {
  private readonly task: ScheduledTask;
  private readonly hours: number[];
  private readonly minutes: number[];
  private readonly parts: Intl.DateTimeFormat;
  private readonly clock: Intl.DateTimeFormat;

  constructor(
    readonly expression: string,
    readonly timeZone: string,
  ) {
    this.task = createTask(expression, () => undefined, { timezone: timeZone });
    const fields = parse(expression);
    this.hours = [...fields.hour].sort((a, b) => b - a);
    this.minutes = [...fields.minute].sort((a, b) => b - a);
    this.parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    this.clock = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** The latest slot at or before `now`, looking back at most `horizonDays`; undefined if none. */
  previous(now: Date, horizonDays = 35): Date | undefined {
    const today = Date.parse(`${this.parts.format(now)}T00:00:00Z`);
    for (let back = 0; back <= horizonDays + 1; back++) {
      const day = today - back * DAY_MS;
      for (const h of this.hours) {
        for (const m of this.minutes) {
          const wall = day + h * HOUR_MS + m * MINUTE_MS;
          // The instant is the wall time minus the zone's offset, which is within ±14 h.
          for (const candidate of this.instantsFor(wall)) {
            if (candidate <= now.getTime() && this.task.match(new Date(candidate)))
              return new Date(candidate);
          }
        }
      }
    }
    return undefined;
  }

  /** Instants whose local wall time in the zone is `wall` (none in a spring gap, two in autumn), latest first. */
  private instantsFor(wall: number): number[] {
    const out: number[] = [];
    for (const offset of [this.offsetAt(wall + DAY_MS / 2), this.offsetAt(wall - DAY_MS / 2)]) {
      const t = wall - offset;
      if (this.offsetAt(t) === offset && !out.includes(t)) out.push(t);
    }
    return out.sort((a, b) => b - a);
  }

  private offsetAt(t: number): number {
    const p: Record<string, number> = {};
    for (const part of this.clock.formatToParts(new Date(t)))
      if (part.type !== 'literal') p[part.type] = Number(part.value);
    const local = Date.UTC(p.year as number, (p.month as number) - 1, p.day, p.hour, p.minute, p.second);
    return local - Math.floor(t / 1000) * 1000;
  }

  destroy(): void {
    void this.task.destroy();
  }
}

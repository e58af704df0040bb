import { afterEach, describe, expect, it } from 'vitest';
import { CronSlots } from '../../../src/app/schedule/cron-slots.js';

const made: CronSlots[] = [];
const slots = (expr: string) => {
  const s = new CronSlots(expr, 'Europe/Amsterdam');
  made.push(s);
  return s;
};
afterEach(() => {
  for (const s of made.splice(0)) s.destroy();
});

describe('CronSlots.previous', () => {
  it.each([
    // Monday 09:00: the Monday before, in winter time (08:00Z) and in summer time (07:00Z).
    ['0 9 * * 1', '2026-03-25T12:00:00Z', '2026-03-23T08:00:00.000Z'],
    ['0 9 * * 1', '2026-04-01T12:00:00Z', '2026-03-30T07:00:00.000Z'],
    // Exactly at the slot counts; a minute before does not.
    ['0 9 * * 1', '2026-03-30T07:00:00Z', '2026-03-30T07:00:00.000Z'],
    ['0 9 * * 1', '2026-03-30T06:59:00Z', '2026-03-23T08:00:00.000Z'],
    // Daily 03:30 across the spring change (03:30 exists, CEST) and the autumn change (once, CET).
    ['30 3 * * *', '2026-03-29T05:00:00Z', '2026-03-29T01:30:00.000Z'],
    ['30 3 * * *', '2026-10-25T05:00:00Z', '2026-10-25T02:30:00.000Z'],
    // Monthly on the 1st at 08:00, from the middle of the month.
    ['0 8 1 * *', '2026-11-24T10:00:00Z', '2026-11-01T07:00:00.000Z'],
    // Weekday mornings: on Saturday the last one was Friday.
    ['0 8 * * 1-5', '2026-11-28T10:00:00Z', '2026-11-27T07:00:00.000Z'],
  ])('%s before %s is %s', (expr, now, expected) => {
    expect(slots(expr).previous(new Date(now))?.toISOString()).toBe(expected);
  });

  it('skips the hour that does not exist in spring (02:30 on 29 March)', () => {
    expect(slots('30 2 * * *').previous(new Date('2026-03-29T05:00:00Z'))?.toISOString()).toBe(
      '2026-03-28T01:30:00.000Z',
    );
  });

  it('looks back no further than the horizon', () => {
    expect(slots('0 8 1 1 *').previous(new Date('2026-11-24T10:00:00Z'), 35)).toBeUndefined();
  });
});

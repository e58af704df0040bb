import { describe, expect, it } from 'vitest';
import { DateOrderEvidence, headerDate } from '../../../adapters/whatsapp-export/date-order.js';
import { hour24, parseHeaderLine } from '../../../adapters/whatsapp-export/header-line.js';

describe('parseHeaderLine', () => {
  it.each([
    ['12-03-2025 14:05 - Anna: hoi', 'android', [12, 3, 2025], '14:05:00', 'Anna: hoi'],
    ['12/03/2025, 14:05 - Anna: hi', 'android', [12, 3, 2025], '14:05:00', 'Anna: hi'],
    ['3/12/25, 2:05\u202fPM - Anna: hi', 'android', [3, 12, 25], '14:05:00', 'Anna: hi'],
    ['3/12/25, 12:05 am - Anna: hi', 'android', [3, 12, 25], '0:05:00', 'Anna: hi'],
    ['12.03.25, 14:05 - Anna: hallo', 'android', [12, 3, 25], '14:05:00', 'Anna: hallo'],
    ['2025-03-12 14:05 - Anna: hej', 'android', [2025, 3, 12], '14:05:00', 'Anna: hej'],
    ['[12-03-2025 14:05:33] Anna: hoi', 'ios', [12, 3, 2025], '14:05:33', 'Anna: hoi'],
    [
      '\u200e[12/03/2025, 14:05:33] Anna: \u200eimage omitted',
      'ios',
      [12, 3, 2025],
      '14:05:33',
      'Anna: \u200eimage omitted',
    ],
    ['\ufeff[3/12/25, 2:05:33 PM] Anna: hi', 'ios', [3, 12, 25], '14:05:33', 'Anna: hi'],
  ])('reads %j', (line, style, date, time, rest) => {
    const h = parseHeaderLine(line);
    expect(h).toBeDefined();
    if (!h) return;
    expect([
      h.style,
      h.date,
      `${hour24(h)}:${String(h.minute).padStart(2, '0')}:${String(h.second).padStart(2, '0')}`,
      h.rest,
    ]).toEqual([style, date, time, rest]);
  });

  it.each([
    'gewoon een zin',
    '- lunchpakket mee',
    '12-03-2025 is de toets',
    '12-03-2025 14:05 geen streepje',
    '12-03-2025 25:05 - Anna: geen uur',
    '3/12/25, 13:05 PM - Anna: geen PM-uur',
    '[12-03-2025 14:05:33 Anna: geen haak',
  ])('does not take %j for a header', (line) => {
    expect(parseHeaderLine(line)).toBeUndefined();
  });
});

describe('date order', () => {
  const decide = (...lines: string[]) => {
    const evidence = new DateOrderEvidence();
    for (const l of lines) evidence.add(parseHeaderLine(l) as never);
    return evidence.decide();
  };

  it.each([
    [['02-03-2025 10:00 - A: x', '13-03-2025 10:00 - A: x'], 'dmy'],
    [['3/2/25, 10:00 AM - A: x', '3/13/25, 10:00 AM - A: x'], 'mdy'],
    [['2025-03-02 10:00 - A: x'], 'ymd'],
    // No evidence: the locale's habit (US with AM/PM, day first everywhere else).
    [['3/2/25, 10:00 AM - A: x'], 'mdy'],
    [['03/02/2025, 10:00 - A: x'], 'dmy'],
    [['03-02-2025 10:00 - A: x'], 'dmy'],
  ] as const)('decides %j as %s', (lines, order) => {
    expect(decide(...lines)).toBe(order);
  });

  it('refuses impossible dates and turns two-digit years into this century', () => {
    const h = parseHeaderLine('29-02-24 10:00 - A: x');
    expect(h && headerDate(h, 'dmy')).toEqual({ year: 2024, month: 2, day: 29 });
    const bad = parseHeaderLine('29-02-25 10:00 - A: x');
    expect(bad && headerDate(bad, 'dmy')).toBeUndefined();
    expect(bad && headerDate(bad, 'mdy')).toBeUndefined();
  });
});
